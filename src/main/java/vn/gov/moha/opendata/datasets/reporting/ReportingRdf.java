package vn.gov.moha.opendata.datasets.reporting;

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

/**
 * The open compliance statistics of the reporting system: one {@code moha:ReportingCompliance} per report regime and
 * period that has begun ({@code /id/reporting-compliance/bnv-02-2025-q1}), with the regime (a SKOS concept of
 * {@code /def/reporting-regimes}), the period and its deadline, and how many units were expected, reported, reported
 * on time or late, and are missing. Read from {@code reporting.open_compliance}: counts of units (agencies), never a
 * unit's figures and never a person.
 */
public final class ReportingRdf extends DatasetModule {
  public static final String NAME = "reporting-compliance";
  static final String REGIMES = "reporting-regimes";

  private static final String SELECT = "SELECT r.id, r.key, r.regime_key, r.regime_vi, r.period_key, r.starts, r.ends, "
    + "r.deadline, r.expected, r.reported, r.on_time, r.late, r.missing, r.origin, r.modified_at "
    + "FROM reporting.open_compliance r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.regime_key, r.regime_code, r.regime_vi, r.direction, "
    + "r.frequency, r.period_key, r.starts, r.ends, r.deadline, r.expected, r.reported, r.on_time, r.late, r.missing, "
    + "r.pending, r.accepted, r.on_time_percent, r.origin FROM reporting.open_compliance r ORDER BY r.key",
    List.of(column("key", "Mã", "Key"), column("regime", "Mã chế độ báo cáo", "Regime key"),
      column("regime_code", "Ký hiệu", "Regime code"), column("regime_name", "Chế độ báo cáo", "Report regime"),
      column("direction", "Chiều báo cáo", "Direction"), column("frequency", "Tần suất", "Frequency"),
      column("period", "Kỳ báo cáo", "Period"), column("starts", "Từ ngày", "Starts"),
      column("ends", "Đến ngày", "Ends"), column("deadline", "Hạn gửi", "Deadline"),
      column("expected", "Số đơn vị phải báo cáo", "Units expected"),
      column("reported", "Đã báo cáo", "Reported"), column("on_time", "Đúng hạn", "On time"),
      column("late", "Quá hạn", "Late"), column("missing", "Chưa báo cáo (hết hạn)", "Missing"),
      column("pending", "Chưa đến hạn", "Pending"), column("accepted", "Đã tiếp nhận", "Accepted"),
      column("on_time_percent", "Tỷ lệ đúng hạn (%)", "On time (%)"),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")));

  public ReportingRdf() {
    super(NAME, SELECT, "/id/" + Uris.REPORTING_COMPLIANCE + "/", "/id/" + Uris.REPORTING_COMPLIANCE + "/", "key",
      TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.reportingCompliance(r.getString("key"));
    out.type(s, Moha.REPORTING_COMPLIANCE)
      .link(s, Moha.REPORT_REGIME, uris.concept(REGIMES, r.getString("regime_key")))
      .text(s, Moha.REPORTING_PERIOD, r.getString("period_key"))
      .date(s, Moha.PERIOD_START, r.getLocalDate("starts"))
      .date(s, Moha.PERIOD_END, r.getLocalDate("ends"))
      .dateTime(s, Moha.REPORT_DEADLINE, r.getOffsetDateTime("deadline"))
      .integer(s, Moha.UNITS_EXPECTED, r.getLong("expected"))
      .integer(s, Moha.UNITS_REPORTED, r.getLong("reported"))
      .integer(s, Moha.UNITS_ON_TIME, r.getLong("on_time"))
      .integer(s, Moha.UNITS_LATE, r.getLong("late"))
      .integer(s, Moha.UNITS_MISSING, r.getLong("missing"))
      .text(s, RDFS.label, r.getString("regime_vi") + " — kỳ " + r.getString("period_key"), "vi");
    if ("generated".equals(r.getString("origin"))) {
      out.bool(s, Moha.GENERATED, true);
    }
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(new ConceptScheme(REGIMES, "Chế độ báo cáo định kỳ", "Periodic report regimes", null,
      "SELECT key AS code, name_vi AS vi, name_en AS en, code AS notation, "
        + "legal_basis || '; ' || frequency_en || '; ' || deadline_rule_en "
        + "|| CASE WHEN origin = 'generated' THEN ' (generated demo data)' ELSE '' END AS note "
        + "FROM reporting.open_regime ORDER BY sort"));
  }

  /** {@inheritDoc} The statistics depend on the clock: a passed deadline makes the pending units missing. */
  @Override
  public String lastChangeSql() {
    // the counts also change when a deadline passes (pending → missing) with no write: that moment counts too
    return "SELECT greatest((SELECT max(modified_at) FROM reporting.regime), "
      + "(SELECT max(modified_at) FROM reporting.submission), "
      + "(SELECT max(deadline) FROM reporting.period WHERE deadline <= now()))";
  }

  @Override
  public String apiListPath() {
    return "/api/v1/reporting/compliance";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(starts) AS first, max(ends) AS last FROM reporting.period "
      + "WHERE starts <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT extract(year FROM starts)::int AS year, count(*) AS n FROM reporting.open_compliance "
      + "GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return Vocab.Moha.REPORTING_COMPLIANCE.getURI();
  }
}
