package vn.gov.moha.opendata.datasets.feedback;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.sqlclient.Row;
import java.util.List;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Schema;

/**
 * Published citizen feedback and petitions: one {@code schema:Question} per published case (title, question text as
 * published, date received, field as a SKOS concept, the legal document it cites) with its {@code schema:Answer}
 * (answer text as published, date, the answering unit of the ministry). Read from {@code feedback.open_item}, which
 * has no column of the submitter and no text as submitted; the SHACL shape (rdf/shapes/feedback.ttl) is closed, so no
 * person property can appear.
 */
public final class FeedbackRdf extends DatasetModule {
  public static final String NAME = "feedback";
  static final String FIELDS = "feedback-fields";
  static final String CHANNELS = "feedback-channels";

  private static final String SELECT = "SELECT r.id, r.key, r.title, r.question, r.answer, r.field_code, "
    + "r.procedure_code, r.legal_document, r.channel_code, r.received_date, r.answered_date, r.answered_unit, "
    + "r.published_at, r.origin, r.modified_at FROM feedback.open_item r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.title, r.question, r.answer, r.field_code, "
    + "r.field_vi, r.procedure_code, r.legal_document, r.channel_code, r.received_date, r.answered_date, "
    + "r.answered_unit, r.answered_unit_vi, (r.published_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS published, "
    + "r.origin FROM feedback.open_item r ORDER BY r.key", List.of(
      column("key", "Mã", "Key"), column("title", "Tiêu đề", "Title"), column("question", "Câu hỏi", "Question"),
      column("answer", "Trả lời", "Answer"), column("field_code", "Mã lĩnh vực", "Field code"),
      column("field", "Lĩnh vực", "Field"), column("procedure_code", "Mã thủ tục hành chính", "Procedure code"),
      column("legal_document", "Văn bản liên quan", "Legal document"), column("channel", "Kênh tiếp nhận", "Channel"),
      column("received_date", "Ngày tiếp nhận", "Received on"), column("answered_date", "Ngày trả lời", "Answered on"),
      column("answered_unit", "Mã đơn vị trả lời", "Answering unit code"),
      column("answered_unit_name", "Đơn vị trả lời", "Answering unit"),
      column("published", "Ngày công khai", "Published on"),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")));

  public FeedbackRdf() {
    super(NAME, SELECT, "/id/" + Uris.FEEDBACK + "/", "/id/" + Uris.FEEDBACK + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String question = uris.feedback(r.getString("key"));
    String answer = question + "#answer";
    out.type(question, Schema.QUESTION)
      .text(question, Schema.IDENTIFIER, r.getString("key"))
      .text(question, Schema.NAME, r.getString("title"), "vi")
      .text(question, RDFS.label, r.getString("title"), "vi")
      .text(question, Schema.TEXT, r.getString("question"), "vi")
      .date(question, Schema.DATE_CREATED, r.getLocalDate("received_date"))
      .dateTime(question, Schema.DATE_PUBLISHED, r.getOffsetDateTime("published_at"))
      .link(question, Schema.ABOUT, uris.concept(FIELDS, r.getString("field_code")))
      .text(question, Schema.CITATION, r.getString("legal_document"))
      .link(question, Schema.ACCEPTED_ANSWER, answer);
    if ("generated".equals(r.getString("origin"))) {
      out.bool(question, Moha.GENERATED, true);
    }
    out.type(answer, Schema.ANSWER)
      .text(answer, Schema.TEXT, r.getString("answer"), "vi")
      .date(answer, Schema.DATE_CREATED, r.getLocalDate("answered_date"))
      .link(answer, Schema.AUTHOR, uris.concept(Uris.UNITS, r.getString("answered_unit")));
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(FIELDS, "Lĩnh vực phản ánh, kiến nghị", "Fields of citizen feedback", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM feedback.field ORDER BY sort"),
      new ConceptScheme(CHANNELS, "Kênh tiếp nhận phản ánh, kiến nghị", "Channels of citizen feedback", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM feedback.channel ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM feedback.item WHERE status_code = 'published'";
  }

  @Override
  public String apiListPath() {
    return FeedbackApi.PATH;
  }

  @Override
  public String coverageSql() {
    return "SELECT min(received_date) AS first, max(received_date) AS last FROM feedback.item "
      + "WHERE status_code = 'published'";
  }

  @Override
  public String recordClass() {
    return Vocab.Schema.QUESTION.getURI();
  }
}
