package vn.gov.moha.opendata.datasets.awards;

import io.vertx.sqlclient.Row;
import java.util.List;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import static vn.gov.moha.opendata.opendata.Table.column;
import static vn.gov.moha.opendata.opendata.Table.filter;
import static vn.gov.moha.opendata.opendata.Table.integerFilter;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Foaf;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Schema;

/**
 * Conferred awards (shared/reference/domain-notes.md §1.3): one {@code moha:AwardConferral} node per award, pointing
 * to its award type (a SKOS concept), its recipient as the decision names them (a {@code foaf:Person},
 * {@code org:Organization} or {@code foaf:Group} with name, position and unit — nothing else), who decided it, the
 * decision and its date, the proposing body and the commendation mode. A withdrawal stays on the record. Read from
 * {@code awards.open_award}, which has no column of a candidate's personal details.
 */
public final class AwardsRdf extends DatasetModule {
  public static final String NAME = "awards";
  static final String TYPES = "award-types";
  static final String KINDS = "award-kinds";
  static final String DECIDERS = "award-deciders";
  static final String METHODS = "award-methods";
  static final String BODIES = "award-bodies";
  static final String RECIPIENT_KINDS = "award-recipient-kinds";

  private static final String SELECT = "SELECT r.id, r.key, r.award_type, r.recipient_kind, r.recipient_name, "
    + "r.recipient_position, r.recipient_unit, r.province_key, r.body_key, r.decision_number, r.decision_date, "
    + "r.decider_code, r.method_code, r.posthumous, r.rationale, r.legal_basis, r.withdrawn_date, "
    + "r.withdrawal_decision, r.withdrawal_reason, r.origin, r.modified_at "
    + "FROM awards.open_award r WHERE %s ORDER BY r.key";

  public AwardsRdf() {
    super(NAME, SELECT, "/id/" + Uris.AWARD + "/", "/id/" + Uris.AWARD + "/", "key", TABLE);
  }

  // the columns of SELECT by position: a dump describes every row, and a look-up by name (a linear search of the
  // names in the pg client) cost 15 % of the award dump's JVM time
  private static final int KEY = 1;
  private static final int AWARD_TYPE = 2;
  private static final int RECIPIENT_KIND = 3;
  private static final int RECIPIENT_NAME = 4;
  private static final int RECIPIENT_POSITION = 5;
  private static final int RECIPIENT_UNIT = 6;
  private static final int PROVINCE_KEY = 7;
  private static final int BODY_KEY = 8;
  private static final int DECISION_NUMBER = 9;
  private static final int DECISION_DATE = 10;
  private static final int DECIDER_CODE = 11;
  private static final int METHOD_CODE = 12;
  private static final int POSTHUMOUS = 13;
  private static final int RATIONALE = 14;
  private static final int LEGAL_BASIS = 15;
  private static final int WITHDRAWN_DATE = 16;
  private static final int WITHDRAWAL_DECISION = 17;
  private static final int WITHDRAWAL_REASON = 18;
  private static final int ORIGIN = 19;

  /** The triples of a row of {@link #SELECT} (its columns read by position). */
  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String award = uris.award(r.getString(KEY));
    String recipient = award + "#recipient";
    String kind = r.getString(RECIPIENT_KIND);
    String province = r.getString(PROVINCE_KEY);
    out.type(award, Moha.AWARD_CONFERRAL)
      .link(award, Moha.AWARD_TYPE, uris.concept(TYPES, r.getString(AWARD_TYPE)))
      .link(award, Moha.RECIPIENT, recipient)
      .link(award, Moha.CONFERRED_BY, uris.concept(DECIDERS, r.getString(DECIDER_CODE)))
      .text(award, Moha.DECISION_NUMBER, r.getString(DECISION_NUMBER))
      .date(award, DCTerms.date, r.getLocalDate(DECISION_DATE))
      .link(award, Moha.PROPOSED_BY, uris.concept(BODIES, r.getString(BODY_KEY)))
      .link(award, Moha.AWARD_METHOD, uris.concept(METHODS, r.getString(METHOD_CODE)))
      .bool(award, Moha.POSTHUMOUS, r.getBoolean(POSTHUMOUS))
      .text(award, Moha.RATIONALE, r.getString(RATIONALE), "vi")
      .text(award, Moha.LEGAL_BASIS, r.getString(LEGAL_BASIS), "vi")
      .link(award, Moha.PROVINCE, province == null ? null : uris.concept("provinces", province))
      .date(award, Moha.WITHDRAWAL_DATE, r.getLocalDate(WITHDRAWN_DATE))
      .text(award, Moha.WITHDRAWAL_DECISION, r.getString(WITHDRAWAL_DECISION))
      .text(award, Moha.WITHDRAWAL_REASON, r.getString(WITHDRAWAL_REASON), "vi")
      .text(award, RDFS.label, r.getString(RECIPIENT_NAME) + " — " + r.getString(DECISION_NUMBER), "vi");
    if ("generated".equals(r.getString(ORIGIN))) {
      out.bool(award, Moha.GENERATED, true);
    }
    out.type(recipient, switch (kind) {
      case "individual" -> Foaf.PERSON;
      case "household" -> Foaf.GROUP;
      default -> ORG.Organization;
    })
      .link(recipient, Moha.RECIPIENT_KIND, uris.concept(RECIPIENT_KINDS, kind))
      .text(recipient, Foaf.NAME, r.getString(RECIPIENT_NAME))
      .text(recipient, Schema.JOB_TITLE, r.getString(RECIPIENT_POSITION), "vi")
      .text(recipient, Moha.UNIT_NAME, r.getString(RECIPIENT_UNIT), "vi");
  }

  private static final Table TABLE = new Table("SELECT r.key, r.award_type, r.type_vi, r.recipient_kind, "
    + "r.recipient_name, r.recipient_position, r.recipient_unit, r.province_key, r.province_name, r.body_key, r.body_vi, "
    + "r.decision_number, r.decision_date, r.decider_vi, r.method_vi, r.posthumous, r.legal_basis, r.withdrawn_date, "
    + "r.withdrawal_decision, r.origin FROM awards.open_award r WHERE %s ORDER BY r.key", List.of(
      column("key", "Mã", "Key"), column("award_type", "Mã hình thức", "Award type code"),
      column("type", "Hình thức khen thưởng", "Award type"), column("recipient_kind", "Loại đối tượng", "Recipient kind"),
      column("recipient_name", "Tên cá nhân, tập thể", "Recipient"), column("position", "Chức vụ", "Position"),
      column("unit", "Đơn vị", "Unit"), column("province_key", "Mã tỉnh", "Province code"),
      column("province", "Tỉnh, thành phố", "Province"), column("body_key", "Mã cơ quan trình", "Proposing body code"),
      column("body", "Cơ quan trình", "Proposing body"), column("decision_number", "Số quyết định", "Decision number"),
      column("decision_date", "Ngày quyết định", "Decision date", Type.DATE),
      column("decider", "Cấp quyết định", "Decided by"),
      column("method", "Hình thức tổ chức", "Mode"), column("posthumous", "Truy tặng", "Posthumous", Type.BOOLEAN),
      column("legal_basis", "Căn cứ", "Legal basis"),
      column("withdrawn_date", "Ngày thu hồi", "Withdrawn on", Type.DATE),
      column("withdrawal_decision", "Quyết định thu hồi", "Withdrawal decision"),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")), List.of(
        filter("province", "(r.province_key = ? OR r.province_now_key = ?)",
          "Province key, e.g. T01N (Hà Nội); a merged province's awards count for its successor too"),
        integerFilter("year", "r.year = ?", "Year of the decision"),
        filter("type", "r.award_type = ?", "Award type code, e.g. HC_LAO_DONG_3")));

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(TYPES, "Hình thức khen thưởng", "Award types", null,
        "SELECT code, name_vi AS vi, name_en AS en, '" + KINDS + "/' || kind_code AS broader, "
          + "'" + DECIDERS + "/' || decided_by AS \"link:decidedBy\" FROM awards.award_type ORDER BY sort"),
      new ConceptScheme(KINDS, "Loại hình khen thưởng", "Kinds of awards", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM awards.kind ORDER BY sort"),
      new ConceptScheme(DECIDERS, "Thẩm quyền quyết định khen thưởng", "Deciding authorities", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM awards.decider ORDER BY sort"),
      new ConceptScheme(METHODS, "Hình thức tổ chức khen thưởng", "Commendation modes", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM awards.method ORDER BY sort"),
      new ConceptScheme(RECIPIENT_KINDS, "Đối tượng khen thưởng", "Recipient kinds", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM awards.recipient_kind ORDER BY sort"),
      new ConceptScheme(BODIES, "Đầu mối thi đua, khen thưởng", "Emulation and commendation bodies", ORG.Organization,
        "SELECT key AS code, name_vi AS vi, name_en AS en, valid_to, successor AS replaced_by, "
          + "CASE WHEN province_key IS NULL THEN NULL ELSE 'provinces/' || province_key END AS \"link:province\" "
          + "FROM awards.body ORDER BY sort, key"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM awards.award";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(decision_date) AS first, max(decision_date) AS last FROM awards.award";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT extract(year FROM decision_date)::int AS year, count(*) AS n FROM awards.open_award "
      + "WHERE decision_date IS NOT NULL GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return Vocab.Moha.AWARD_CONFERRAL.getURI();
  }
}
