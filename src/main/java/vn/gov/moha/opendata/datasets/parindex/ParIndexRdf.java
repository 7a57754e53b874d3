package vn.gov.moha.opendata.datasets.parindex;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * Published PAR Index results (shared/reference/domain-notes.md §7): one {@code moha:ParIndexResult} per unit and
 * year, with the unit and its group (SKOS concepts), the year, the score in percent, the rank within the group and
 * its size, the criteria-set decision, the source of a figure found in the press, and per-field scores as
 * {@code moha:FieldScore} nodes ({@code …#field-2}) pointing to the field in the criteria scheme.
 *
 * <p>Not a W3C Data Cube {@code qb:Observation}: the cube's integrity constraints want every measure on every
 * observation, and the published tables give some units a rank without a score. Read from
 * {@code parindex.open_result}, which holds only published figures: units, never people.
 */
public final class ParIndexRdf extends DatasetModule {
  public static final String NAME = "par-index";
  static final String UNITS = "par-index-units";
  static final String GROUPS = "par-index-groups";
  static final String CRITERIA = "par-index-criteria";

  private static final String SELECT = "SELECT r.id, r.key, r.year, r.group_code, r.unit_key, r.unit_vi, r.set_key, "
    + "r.decision, r.score_percent, r.rank, r.rank_of, r.source_url, r.note, r.origin, r.published_at, "
    + "r.modified_at, r.fields FROM parindex.open_result r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.year, r.group_code, r.group_vi, r.unit_key, r.unit_vi, "
    + "r.score_percent, r.rank, r.rank_of, r.decision, "
    + String.join(", ", fieldColumns()) + ", r.source_url, r.note, r.origin FROM parindex.open_result r ORDER BY r.key",
    tableColumns());

  public ParIndexRdf() {
    super(NAME, SELECT, "/id/" + Uris.PAR_INDEX_RESULT + "/", "/id/" + Uris.PAR_INDEX_RESULT + "/", "key", TABLE);
  }

  /** Fields 1..8 as columns: "points/max" of the field, empty where not known. */
  private static List<String> fieldColumns() {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      out.add("(SELECT trim_scale((f->>'points')::numeric) || '/' || trim_scale((f->>'max_points')::numeric) "
        + "FROM jsonb_array_elements(r.fields) f "
        + "WHERE f->>'code' = '" + i + "') AS field_" + i);
    }
    return out;
  }

  private static List<Table.Column> tableColumns() {
    List<Table.Column> out = new ArrayList<>(List.of(column("key", "Mã", "Key"), column("year", "Năm", "Year"),
      column("group", "Mã nhóm", "Group code"), column("group_name", "Nhóm", "Group"),
      column("unit_key", "Mã đơn vị", "Unit code"), column("unit", "Đơn vị", "Unit"),
      column("score_percent", "Chỉ số (%)", "Index (%)"), column("rank", "Xếp hạng", "Rank"),
      column("rank_of", "Trên tổng số", "Out of"),
      column("decision", "Phương pháp (quyết định)", "Method (decision)")));
    for (int i = 1; i <= 8; i++) {
      out.add(column("field_" + i, "Lĩnh vực " + i + " (điểm/tối đa)", "Field " + i + " (points/max)"));
    }
    out.addAll(List.of(column("source_url", "Nguồn", "Source"), column("note", "Ghi chú", "Note"),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")));
    return out;
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String result = uris.parIndexResult(r.getString("key"));
    String setKey = r.getString("set_key");
    out.type(result, Moha.PAR_INDEX_RESULT)
      .year(result, Moha.INDEX_YEAR, r.getInteger("year"))
      .link(result, Moha.ASSESSED_UNIT, uris.concept(UNITS, r.getString("unit_key")))
      .link(result, Moha.UNIT_GROUP, uris.concept(GROUPS, r.getString("group_code")))
      .decimal(result, Moha.SCORE_PERCENT, r.getBigDecimal("score_percent"))
      .integer(result, Moha.RANK, r.getInteger("rank"))
      .integer(result, Moha.RANK_OF, r.getInteger("rank_of"))
      .text(result, Moha.METHOD_DECISION, r.getString("decision"))
      .date(result, DCTerms.issued, r.getOffsetDateTime("published_at").atZoneSameInstant(Council.ZONE)
        .toLocalDate())
      .link(result, DCTerms.source, r.getString("source_url"))
      .text(result, RDFS.comment, r.getString("note"), "en")
      .text(result, RDFS.label, r.getString("unit_vi") + " — Chỉ số cải cách hành chính " + r.getInteger("year"),
        "vi");
    if ("generated".equals(r.getString("origin"))) {
      out.bool(result, Moha.GENERATED, true);
    }
    JsonArray fields = r.getJsonArray("fields");
    for (int i = 0; i < fields.size(); i++) {
      JsonObject f = fields.getJsonObject(i);
      String node = result + "#field-" + f.getString("code");
      out.link(result, Moha.HAS_FIELD_SCORE, node)
        .type(node, Moha.FIELD_SCORE)
        .link(node, Moha.CRITERION, uris.concept(CRITERIA, setKey + "-" + f.getString("code")))
        .decimal(node, Moha.POINTS, decimal(f.getValue("points")))
        .decimal(node, Moha.MAX_POINTS, decimal(f.getValue("max_points")));
    }
  }

  private static BigDecimal decimal(Object jsonNumber) {
    return new BigDecimal(String.valueOf(jsonNumber));
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(UNITS, "Đơn vị được đánh giá Chỉ số cải cách hành chính", "Units assessed by the PAR Index",
        ORG.Organization, "SELECT key AS code, name_vi AS vi, name_en AS en, valid_to, successor AS replaced_by, "
          + "'" + GROUPS + "/' || group_code AS \"link:unitGroup\", "
          + "CASE WHEN province_key IS NULL THEN NULL ELSE 'provinces/' || province_key END AS \"link:province\" "
          + "FROM parindex.unit ORDER BY group_code, sort, key"),
      new ConceptScheme(GROUPS, "Nhóm đối tượng đánh giá", "Groups of assessed units", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM parindex.unit_group ORDER BY sort"),
      new ConceptScheme(CRITERIA, "Lĩnh vực, tiêu chí, tiêu chí thành phần của Chỉ số cải cách hành chính",
        "Fields, criteria and sub-criteria of the PAR Index", null,
        "SELECT c.set_key || '-' || replace(c.code, '.', '-') AS code, c.name_vi AS vi, c.name_en AS en, "
          + "CASE WHEN c.parent_code IS NULL THEN NULL ELSE c.set_key || '-' || replace(c.parent_code, '.', '-') END "
          + "AS broader, s.decision || ', ' || c.code || ': max ' || c.max_points || ' points' "
          + "|| CASE WHEN c.leaf THEN ', scored by ' || CASE c.scored_by WHEN 'self' THEN 'the unit and appraised' "
          + "ELSE 'the sociological survey' END ELSE '' END "
          + "|| CASE WHEN c.origin = 'generated' OR c.points_origin = 'generated' THEN ' (partly generated demo data)' "
          + "ELSE '' END AS note "
          + "FROM parindex.criterion c JOIN parindex.criteria_set s ON s.key = c.set_key ORDER BY c.set_key, c.sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM parindex.result";
  }

  @Override
  public String apiListPath() {
    return "/api/v1/par-index/results";
  }

  @Override
  public String coverageSql() {
    return "SELECT make_date(min(year), 1, 1) AS first, make_date(max(year), 12, 31) AS last FROM parindex.result";
  }

  @Override
  public String recordClass() {
    return Vocab.Moha.PAR_INDEX_RESULT.getURI();
  }
}
