package vn.gov.moha.opendata.datasets.civilservants;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Qb;

/**
 * The open statistics of the civil servants database as W3C RDF Data Cubes: one {@code qb:DataSet} per breakdown
 * ({@code /id/civil-servants/sex}, …, {@code /id/civil-servants/staffing}), each with its
 * {@code qb:DataStructureDefinition} (dimensions: the year and the breakdown's code, a SKOS concept; measure: the
 * headcount, or for staffing the quota with the headcount as an attribute) and one {@code qb:Observation} per year
 * and code ({@code …/sex#2025-nu}). Read from {@code civilservants.open_cube}: suppressed cells (1-4 people and their
 * complements) are no observation at all (a cube may be sparse; a measure is never left out), and nothing in it is
 * personal.
 */
public final class CivilServantsRdf extends DatasetModule {
  public static final String NAME = "civil-servants";
  static final String BODIES = "civil-servant-bodies";
  static final String RANKS = "civil-service-ranks";
  static final String SEXES = "sexes";
  static final String AGE_BANDS = "age-bands";
  static final String ETHNIC_GROUPS = "ethnic-groups";
  static final String ETHNICITIES = "ethnicities";
  static final String EDUCATION = "education-levels";
  static final String CLASSIFICATIONS = "civil-servant-classifications";
  static final String SALARY_SCALES = "salary-scales";
  private static final String PROVINCES = "provinces";

  /** Per cube: the dimension property of its code and the concept scheme of the codes. */
  private record Dimension(Property property, String scheme) {
  }

  private static final Map<String, Dimension> DIMENSIONS = Map.of(
    "organisation", new Dimension(Moha.CS_ORGANISATION, BODIES),
    "province", new Dimension(Moha.CS_PROVINCE, PROVINCES),
    "rank", new Dimension(Moha.CS_RANK, RANKS),
    "sex", new Dimension(Moha.CS_SEX, SEXES),
    "age-band", new Dimension(Moha.CS_AGE_BAND, AGE_BANDS),
    "ethnic-group", new Dimension(Moha.CS_ETHNIC_GROUP, ETHNIC_GROUPS),
    "education", new Dimension(Moha.CS_EDUCATION, EDUCATION),
    "staffing", new Dimension(Moha.CS_ORGANISATION, BODIES));

  private static final String SELECT = "SELECT r.id, r.key, r.title_vi, r.title_en, r.cells::text AS cells, "
    + "r.modified_at FROM civilservants.open_cube r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.cube || '#' || r.year || '-' || r.code AS key, r.cube, r.year, r.code, r.label, "
    + "r.count, r.suppressed, r.quota "
    + "FROM (SELECT cube, year, code, label_vi AS label, n AS count, suppressed, NULL::int AS quota "
    + "FROM civilservants.open_headcount UNION ALL SELECT 'staffing', year, org_key, name_vi, actual, suppressed, quota "
    + "FROM civilservants.open_staffing) r WHERE %s ORDER BY 1",
    List.of(column("key", "Mã ô", "Cell key"), column("cube", "Bảng", "Breakdown"), column("year", "Năm", "Year", Table.Type.INTEGER),
      column("code", "Mã", "Code"), column("label", "Tên", "Label"),
      column("count", "Số người (trống = ẩn)", "People (empty = suppressed)", Table.Type.INTEGER),
      column("suppressed", "Bị ẩn", "Suppressed", Table.Type.BOOLEAN),
      column("quota", "Biên chế được giao", "Staffing quota", Table.Type.INTEGER)),
    List.of(Table.integerFilter("year", "r.year = ?", "Year (people in service on 31 December)")));

  public CivilServantsRdf() {
    super(NAME, SELECT, "/id/" + NAME + "/", "/id/" + NAME + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String key = r.getString("key");
    String cube = uris.of("/id/" + NAME + "/" + key);
    String dsd = cube + "#structure";
    Dimension dim = DIMENSIONS.get(key);
    boolean staffing = key.equals("staffing");
    out.type(cube, Qb.DATA_SET).link(cube, Qb.STRUCTURE, dsd)
      .text(cube, RDFS.label, r.getString("title_vi"), "vi").text(cube, RDFS.label, r.getString("title_en"), "en");
    out.type(dsd, Qb.DATA_STRUCTURE_DEFINITION);
    component(out, dsd, "year", Qb.DIMENSION, Moha.REF_YEAR, 1);
    component(out, dsd, "code", Qb.DIMENSION, dim.property(), 2);
    component(out, dsd, "measure", Qb.MEASURE, staffing ? Moha.STAFFING_QUOTA : Moha.HEADCOUNT, 3);
    if (staffing) {
      component(out, dsd, "actual", Qb.ATTRIBUTE, Moha.HEADCOUNT, 4);
      out.bool(dsd + "-actual", Qb.COMPONENT_REQUIRED, false);
    }
    JsonArray cells = new JsonArray(r.getString("cells"));
    for (int i = 0; i < cells.size(); i++) {
      JsonObject c = cells.getJsonObject(i);
      boolean hidden = c.getBoolean("suppressed");
      if (hidden && !staffing) {
        continue;
      }
      String code = c.getString("code");
      String obs = cube + "#" + c.getInteger("year") + "-" + code;
      String concept = key.equals("province") && code.equals("TW") ? uris.concept(BODIES, code)
        : uris.concept(dim.scheme(), code.replace('.', '-'));
      out.type(obs, Qb.OBSERVATION).link(obs, Qb.DATA_SET_PROPERTY, cube)
        .year(obs, Moha.REF_YEAR, c.getInteger("year")).link(obs, dim.property(), concept);
      if (staffing) {
        out.integer(obs, Moha.STAFFING_QUOTA, c.getLong("quota"));
      }
      if (!hidden) {
        out.integer(obs, Moha.HEADCOUNT, c.getLong("n"));
      }
    }
  }

  private static void component(Triples out, String dsd, String name, Property role, Property property, int order) {
    String spec = dsd + "-" + name;
    out.link(dsd, Qb.COMPONENT, spec).type(spec, Qb.COMPONENT_SPECIFICATION).link(spec, role, property.getURI())
      .integer(spec, Qb.ORDER, order);
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(BODIES, "Bộ, ngành, địa phương (cơ quan sử dụng biên chế)",
        "Ministries and provinces (bodies with staffing quotas)", null,
        "SELECT key AS code, name_vi AS vi, name_en AS en FROM civilservants.org WHERE level = 1 "
          + "UNION ALL SELECT 'TW', 'Các cơ quan trung ương', 'Central bodies' ORDER BY 1"),
      new ConceptScheme(RANKS, "Ngạch công chức hành chính", "Ranks of the administrative civil service", null,
        "SELECT replace(code, '.', '-') AS code, name_vi AS vi, name_en AS en, code AS notation, "
          + "source || '; salary group ' || salary_scale "
          + "AS note FROM civilservants.rank ORDER BY sort"),
      new ConceptScheme(SALARY_SCALES, "Nhóm ngạch lương công chức", "Salary groups of civil servants", null,
        "SELECT replace(code, '.', '-') AS code, name_vi AS vi, name_en AS en, code AS notation, steps || ' steps, coefficients ' || first_coef "
          + "|| ' + ' || step_coef || ' a step; ' || source AS note FROM civilservants.salary_scale ORDER BY sort"),
      new ConceptScheme(SEXES, "Giới tính", "Sex", null,
        "SELECT * FROM (VALUES ('nam', 'Nam', 'Male'), ('nu', 'Nữ', 'Female')) AS s(code, vi, en)"),
      new ConceptScheme(AGE_BANDS, "Nhóm tuổi", "Age bands", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM civilservants.age_band ORDER BY lo"),
      new ConceptScheme(ETHNIC_GROUPS, "Nhóm dân tộc", "Ethnicity groups", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM civilservants.ethnic_group ORDER BY sort"),
      new ConceptScheme(ETHNICITIES, "Danh mục các dân tộc Việt Nam", "Ethnic groups of Viet Nam", null,
        "SELECT code, name_vi AS vi, name_vi AS en, code AS notation, ethnic_group_note AS note FROM "
          + "(SELECT code, name_vi, source AS ethnic_group_note FROM civilservants.ethnicity) e ORDER BY code"),
      new ConceptScheme(EDUCATION, "Trình độ chuyên môn", "Education levels", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM civilservants.education_level ORDER BY sort"),
      new ConceptScheme(CLASSIFICATIONS, "Xếp loại chất lượng cán bộ, công chức",
        "Yearly classification of civil servants", null,
        "SELECT code, name_vi AS vi, name_en AS en, 'Decree 90/2020/NĐ-CP' AS note FROM civilservants.classification "
          + "ORDER BY sort"));
  }

  @Override
  public String apiListPath() {
    return "/api/v1/statistics/civil-servants?by=organisation";
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM civilservants.cube";
  }

  @Override
  public String coverageSql() {
    return "SELECT make_date(first_year, 12, 31) AS first, make_date(last_year, 12, 31) AS last "
      + "FROM civilservants.year_span";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT year, sum(n)::bigint AS n FROM civilservants.open_headcount WHERE cube = 'sex' "
      + "GROUP BY year ORDER BY year";
  }

  @Override
  public String recordClass() {
    return Vocab.Qb.DATA_SET.getURI();
  }
}
