package vn.gov.moha.opendata.datasets.elearning;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.sqlclient.Row;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Schema;

/**
 * The e-learning course catalogue: one {@code schema:Course} per course ({@code /id/elearning-course/cchc-03}) with
 * its code, titles (vi, en), description, topic and target job positions (concepts of {@code /def/elearning-topics},
 * {@code /def/elearning-job-positions}), provider (a unit of {@code /def/units}), its length as an ISO 8601 duration
 * and its modules as {@code schema:Syllabus} sections. Read from {@code elearning.open_course}.
 */
public final class CoursesRdf extends DatasetModule {
  public static final String NAME = "elearning-courses";
  static final String TOPICS = "elearning-topics";
  static final String POSITIONS = "elearning-job-positions";
  /** A course's modules as JSON, in order. */
  static final String MODULES = "(SELECT coalesce(jsonb_agg(jsonb_build_object('ord', m.ord, 'title_vi', m.title_vi, "
    + "'title_en', m.title_en, 'hours', m.hours) ORDER BY m.ord), '[]') FROM elearning.module m "
    + "WHERE m.course_code = r.code) AS module_list";

  private static final String SELECT = "SELECT r.code, r.key, r.title_vi, r.title_en, r.description_vi, r.topic, "
    + "r.job_positions, r.provider, r.hours, r.origin, r.modified_at, " + MODULES
    + " FROM elearning.open_course r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.code, r.title_vi, r.title_en, r.topic, r.topic_vi, "
    + "r.job_positions, r.provider, r.provider_vi, r.hours, r.modules, r.first_offered, r.origin, "
    + "r.key FROM elearning.open_course r ORDER BY r.key",
    List.of(column("code", "Mã khóa học", "Course code"), column("title", "Tên khóa học", "Title"),
      column("title_en", "Tên tiếng Anh", "English title"), column("topic", "Mã chủ đề", "Topic code"),
      column("topic_name", "Chủ đề", "Topic"), column("job_positions", "Vị trí việc làm", "Job positions", Type.ARRAY),
      column("provider", "Mã đơn vị cung cấp", "Provider code"),
      column("provider_name", "Đơn vị cung cấp", "Provider"), column("hours", "Số giờ", "Hours", Type.NUMBER),
      column("modules", "Số chuyên đề", "Modules", Type.INTEGER),
      column("first_offered", "Mở từ ngày", "Offered since", Type.DATE),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")));

  public CoursesRdf() {
    super(NAME, SELECT, "/id/" + Uris.ELEARNING_COURSE + "/", "/id/" + Uris.ELEARNING_COURSE + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.elearningCourse(r.getString("key"));
    out.type(s, Schema.COURSE)
      .text(s, Schema.COURSE_CODE, r.getString("code"))
      .text(s, Schema.NAME, r.getString("title_vi"), "vi")
      .text(s, Schema.NAME, r.getString("title_en"), "en")
      .text(s, Schema.DESCRIPTION, r.getString("description_vi"), "vi")
      .link(s, Schema.ABOUT, uris.concept(TOPICS, r.getString("topic")))
      .link(s, Schema.PROVIDER, uris.concept(Uris.UNITS, r.getString("provider")))
      .text(s, Schema.TIME_REQUIRED, duration(r.getBigDecimal("hours")))
      .text(s, Schema.IN_LANGUAGE, "vi");
    for (String position : r.getArrayOfStrings("job_positions")) {
      out.link(s, Moha.JOB_POSITION, uris.concept(POSITIONS, position));
    }
    for (Object o : (JsonArray) r.getJson("module_list")) {
      JsonObject m = (JsonObject) o;
      String section = s + "#module-" + m.getInteger("ord");
      out.link(s, Schema.SYLLABUS_SECTIONS, section).type(section, Schema.SYLLABUS)
        .integer(section, Schema.POSITION, m.getInteger("ord"))
        .text(section, Schema.NAME, m.getString("title_vi"), "vi")
        .text(section, Schema.NAME, m.getString("title_en"), "en")
        .text(section, Schema.TIME_REQUIRED, duration(new BigDecimal(m.getValue("hours").toString())));
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(s, Moha.GENERATED, true);
    }
  }

  /** Hours as an ISO 8601 duration: 2.5 → PT2H30M. */
  static String duration(BigDecimal hours) {
    int minutes = hours.multiply(BigDecimal.valueOf(60)).intValue();
    return "PT" + minutes / 60 + "H" + (minutes % 60 == 0 ? "" : minutes % 60 + "M");
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(TOPICS, "Chủ đề khóa học cải cách hành chính", "Topics of the administrative reform courses",
        null, "SELECT code, name_vi AS vi, name_en AS en FROM elearning.topic ORDER BY sort"),
      new ConceptScheme(POSITIONS, "Vị trí việc làm hướng tới", "Target job positions", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM elearning.job_position ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM elearning.course";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(first_offered) AS first, NULL::date AS last FROM elearning.course";
  }

  @Override
  public String apiListPath() {
    return "/api/v1/elearning/courses";
  }

  @Override
  public String recordClass() {
    return Schema.COURSE.getURI();
  }
}
