package vn.gov.moha.opendata.datasets.elearning;

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
 * The open completion statistics of the e-learning as a W3C Data Cube: one {@code qb:Observation} per published cell
 * ({@code /id/elearning-completion/course-2025-cchc-03}) of one of three data sets (total, course, body: each by year
 * of completion), with the course ({@code /id/elearning-course/…}) or the learners' agency (a concept of
 * {@code /def/elearning-bodies}). A suppressed cell has {@code moha:suppressed true} and no {@code moha:completions}
 * (see {@code TalentRdf} on IC-14). Read from {@code elearning.open_statistic}: counts, never a learner.
 */
public final class CompletionsRdf extends DatasetModule {
  public static final String NAME = "elearning-completions";
  static final String BODIES = "elearning-bodies";

  private static final String SELECT = "SELECT r.id, r.key, r.slice, r.year, r.course, r.course_vi, r.body, "
    + "r.body_vi, r.count, r.suppressed, r.origin, r.modified_at FROM elearning.open_statistic r WHERE %s "
    + "ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.slice, r.year, r.course, r.course_vi, r.body, "
    + "r.body_vi, r.count, r.suppressed, r.origin FROM elearning.open_statistic r ORDER BY r.key",
    List.of(column("key", "Mã", "Key"), column("slice", "Bảng", "Table"),
      column("year", "Năm hoàn thành", "Year of completion", Type.INTEGER),
      column("course", "Mã khóa học", "Course code"), column("course_title", "Khóa học", "Course"),
      column("body", "Mã cơ quan", "Agency code"), column("body_name", "Cơ quan của học viên", "Learners' agency"),
      column("completions", "Số lượt hoàn thành (trống khi ẩn)", "Completions (empty when suppressed)",
        Type.INTEGER),
      column("suppressed", "Ẩn (dưới 5 lượt)", "Suppressed (under 5)", Type.BOOLEAN),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")));

  public CompletionsRdf() {
    super(NAME, SELECT, "/id/" + Uris.ELEARNING_COMPLETION + "/", "/id/" + Uris.ELEARNING_COMPLETION + "/", "key",
      TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.elearningCompletion(r.getString("key"));
    String dataSet = uris.dataset(NAME) + "#" + r.getString("slice");
    String course = r.getString("course");
    String body = r.getString("body");
    out.type(s, Qb.OBSERVATION)
      .link(s, Qb.DATA_SET_PROPERTY, dataSet)
      .type(dataSet, Qb.DATA_SET)
      .link(dataSet, Qb.STRUCTURE, Uris.MOHA + "elearning-" + r.getString("slice"))
      .year(s, Moha.REF_YEAR, r.getInteger("year"))
      .link(s, Moha.COURSE, course == null ? null : uris.elearningCourse(course.toLowerCase(java.util.Locale.ROOT)))
      .link(s, Moha.AGENCY, body == null ? null : uris.concept(BODIES, body))
      .integer(s, Moha.COMPLETIONS, r.getLong("count"))
      .bool(s, Moha.SUPPRESSED, r.getBoolean("suppressed"))
      .text(s, RDFS.label, (course != null ? r.getString("course_vi") : body != null ? r.getString("body_vi")
        : "Tất cả khóa học") + " — hoàn thành năm " + r.getInteger("year"), "vi")
      .bool(s, Moha.GENERATED, true);
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(new ConceptScheme(BODIES, "Cơ quan của học viên", "Learners' agencies", null,
      "SELECT code, name_vi AS vi, name_en AS en FROM elearning.body ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM elearning.statistic";
  }

  @Override
  public String coverageSql() {
    return "SELECT make_date(min((dims->>'year')::int), 1, 1) AS first, make_date(max((dims->>'year')::int), 12, 31) "
      + "AS last FROM elearning.statistic";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT year, count(*) AS n FROM elearning.open_statistic GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String apiListPath() {
    return "/api/v1/statistics/elearning-completions";
  }

  @Override
  public String recordClass() {
    return Qb.OBSERVATION.getURI();
  }
}
