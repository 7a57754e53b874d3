package vn.gov.moha.opendata.datasets.talent;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.sqlclient.Row;
import java.util.List;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Qb;

/**
 * The open statistics of excellent graduates and young scientists as a W3C Data Cube: one {@code qb:Observation} per
 * published cell ({@code /id/talent-statistic/field-2024-cntt-yes}) of one of four data sets (the slices: total,
 * field, province, category, each by graduation year and recruited or not; {@code qb:dataSet} is the catalogued
 * dataset's URI with the slice as fragment, its structure a {@code qb:DataStructureDefinition} of rdf/vocab/moha.ttl).
 * A suppressed cell (1 to 4 people, or hidden with them) has {@code moha:suppressed true} and no
 * {@code moha:candidates}: the Data Cube's integrity constraint IC-14 would want a value there, which is exactly what
 * may not be published. Read from {@code talent.open_statistic}: counts, never a person.
 */
public final class TalentRdf extends DatasetModule {
  public static final String NAME = "talent-statistics";
  static final String FIELDS = "talent-fields";
  static final String CATEGORIES = "talent-categories";

  private static final String SELECT = "SELECT r.id, r.key, r.slice, r.year, r.recruited, r.field, r.field_vi, "
    + "r.province, r.province_vi, r.category, r.category_vi, r.count, r.suppressed, r.origin, r.modified_at "
    + "FROM talent.open_statistic r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.slice, r.year, r.recruited, r.field, r.field_vi, "
    + "r.province, r.province_vi, r.category, r.category_vi, r.count, r.suppressed, r.origin "
    + "FROM talent.open_statistic r ORDER BY r.key",
    List.of(column("key", "Mã", "Key"), column("slice", "Bảng", "Table"),
      column("year", "Năm tốt nghiệp", "Graduation year", Type.INTEGER),
      column("recruited", "Đã được tuyển dụng", "Recruited", Type.BOOLEAN),
      column("field", "Mã lĩnh vực đào tạo", "Field code"), column("field_name", "Lĩnh vực đào tạo", "Field"),
      column("province", "Mã tỉnh", "Province key"), column("province_name", "Tỉnh, thành phố", "Province"),
      column("category", "Mã đối tượng", "Category code"), column("category_name", "Đối tượng", "Category"),
      column("count", "Số người (trống khi ẩn)", "People (empty when suppressed)", Type.INTEGER),
      column("suppressed", "Ẩn (dưới 5 người)", "Suppressed (under 5)", Type.BOOLEAN),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")));

  public TalentRdf() {
    super(NAME, SELECT, "/id/" + Uris.TALENT_STATISTIC + "/", "/id/" + Uris.TALENT_STATISTIC + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.talentStatistic(r.getString("key"));
    String slice = r.getString("slice");
    String dataSet = uris.dataset(NAME) + "#" + slice;
    boolean recruited = r.getBoolean("recruited");
    out.type(s, Qb.OBSERVATION)
      .link(s, Qb.DATA_SET_PROPERTY, dataSet)
      .type(dataSet, Qb.DATA_SET)
      .link(dataSet, Qb.STRUCTURE, Uris.MOHA + "talent-" + slice)
      .year(s, Moha.REF_YEAR, r.getInteger("year"))
      .bool(s, Moha.RECRUITED, recruited)
      .link(s, Moha.FIELD_OF_TRAINING, concept(uris, FIELDS, r.getString("field")))
      .link(s, Moha.PROVINCE, concept(uris, "provinces", r.getString("province")))
      .link(s, Moha.CANDIDATE_CATEGORY, concept(uris, CATEGORIES, r.getString("category")))
      .integer(s, Moha.CANDIDATES, r.getLong("count"))
      .bool(s, Moha.SUPPRESSED, r.getBoolean("suppressed"))
      .text(s, RDFS.label, label(r, recruited), "vi")
      .bool(s, Moha.GENERATED, true);
  }

  private static String concept(Uris uris, String scheme, String code) {
    return code == null ? null : uris.concept(scheme, code);
  }

  private static String label(Row r, boolean recruited) {
    String what = r.getString("field_vi") != null ? r.getString("field_vi")
      : r.getString("province_vi") != null ? r.getString("province_vi")
      : r.getString("category_vi") != null ? r.getString("category_vi") : "Tất cả";
    return what + " — tốt nghiệp năm " + r.getInteger("year") + " — " + (recruited ? "đã" : "chưa")
      + " được tuyển dụng";
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(FIELDS, "Lĩnh vực đào tạo", "Fields of training", null,
        "SELECT code, name_vi AS vi, name_en AS en, 'our own grouping (generated)' AS note FROM talent.field "
          + "ORDER BY sort"),
      new ConceptScheme(CATEGORIES, "Đối tượng thu hút theo Nghị định 140/2017/NĐ-CP",
        "Candidate categories under Decree 140/2017", null,
        "SELECT code, name_vi AS vi, name_en AS en, basis || ': ' || criteria AS note FROM talent.category "
          + "ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM talent.statistic";
  }

  @Override
  public String coverageSql() {
    return "SELECT make_date(min((dims->>'year')::int), 1, 1) AS first, make_date(max((dims->>'year')::int), 12, 31) "
      + "AS last FROM talent.statistic";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT year, count(*) AS n FROM talent.open_statistic GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String apiListPath() {
    return "/api/v1/statistics/talent";
  }

  @Override
  public String recordClass() {
    return Qb.OBSERVATION.getURI();
  }
}
