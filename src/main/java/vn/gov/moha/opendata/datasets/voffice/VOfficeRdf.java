package vn.gov.moha.opendata.datasets.voffice;

import static vn.gov.moha.opendata.opendata.Table.column;

import io.vertx.sqlclient.Row;
import java.time.YearMonth;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDFS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;

/**
 * The open statistics of VOffice as an RDF Data Cube: one {@code qb:Observation} per published cell
 * ({@code /id/voffice-statistics/2025-03-incoming-qd-cb}) of the data set {@code /id/dataset/voffice-statistics}, with
 * the dimensions month ({@code moha:refMonth}, {@code xsd:gYearMonth}), direction, document type and channel (SKOS
 * concepts; {@code all} in a breakdown it is not part of) and the measure {@code moha:documentCount}. A suppressed
 * cell carries {@code moha:suppressed true} and no count. Read from {@code voffice.open_stat}: counts only, never a
 * subject, number or name.
 */
public final class VOfficeRdf extends DatasetModule {
  public static final String NAME = "voffice-statistics";
  static final String TYPES = "administrative-document-types";
  static final String DIRECTIONS = "voffice-directions";
  static final String CHANNELS = "voffice-channels";
  static final String ALL = "all";
  static final Property REF_MONTH = Moha.property("refMonth");
  static final Property DIRECTION = Moha.property("documentDirection");
  static final Property DOCUMENT_TYPE = Moha.property("documentType");
  static final Property CHANNEL = Moha.property("exchangeChannel");
  static final Property COUNT = Moha.property("documentCount");
  static final Property SUPPRESSED = Moha.property("suppressed");

  private static final String SELECT = "SELECT r.id, r.key, r.month_key, r.direction, r.type_code, r.type_vi, "
    + "r.channel, r.count, r.suppressed, r.origin, r.modified_at FROM voffice.open_stat r WHERE %s ORDER BY r.key";

  private static final Table TABLE = new Table("SELECT r.key, r.month_key, r.direction, "
    + "CASE WHEN r.type_code = '_T' THEN 'ALL' ELSE r.type_code END AS type, r.type_vi, "
    + "CASE WHEN r.channel = '_T' THEN 'all' ELSE r.channel END AS channel, r.count, r.suppressed, r.origin "
    + "FROM voffice.open_stat r WHERE %s ORDER BY r.key",
    List.of(column("key", "Mã", "Key"), column("month", "Tháng", "Month"),
      column("direction", "Chiều (incoming = đến, outgoing = đi)", "Direction"),
      column("type", "Mã loại văn bản (ALL = mọi loại)", "Document type (ALL = every type)"),
      column("type_name", "Loại văn bản", "Document type name"),
      column("channel", "Kênh (national_axis = trục liên thông; all = mọi kênh)", "Channel (all = every channel)"),
      column("count", "Số văn bản (trống khi bị ẩn)", "Documents (empty when suppressed)", Type.INTEGER),
      column("suppressed", "Bị ẩn (ô nhỏ)", "Suppressed (small cell)", Type.BOOLEAN),
      column("origin", "Nguồn gốc (generated = minh họa)", "Origin (generated = demo)")),
    List.of(Table.integerFilter("year", "r.year = ?", "the year of the month (2025)")));

  public VOfficeRdf() {
    super(NAME, SELECT, "/id/" + NAME + "/", "/id/" + NAME + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String s = uris.of("/id/" + NAME + "/" + r.getString("key"));
    String type = r.getString("type_code");
    String channel = r.getString("channel");
    boolean incoming = "incoming".equals(r.getString("direction"));
    out.type(s, Vocab.Qb.OBSERVATION)
      .link(s, Vocab.Qb.DATA_SET_PROPERTY, uris.dataset(NAME))
      .yearMonth(s, REF_MONTH, YearMonth.parse(r.getString("month_key")))
      .link(s, DIRECTION, uris.concept(DIRECTIONS, r.getString("direction")))
      .link(s, DOCUMENT_TYPE, uris.concept(TYPES, VOfficeStats.TOTAL.equals(type) ? ALL : type))
      .link(s, CHANNEL, uris.concept(CHANNELS, VOfficeStats.TOTAL.equals(channel) ? ALL : channel))
      .integer(s, COUNT, r.getInteger("count"))
      .text(s, RDFS.label, (incoming ? "Văn bản đến" : "Văn bản đi") + " tháng " + r.getString("month_key")
        + (VOfficeStats.TOTAL.equals(type) ? "" : " — " + r.getString("type_vi"))
        + (VOfficeStats.AXIS.equals(channel) ? " — qua trục liên thông văn bản quốc gia"
          : VOfficeStats.OTHER.equals(channel) ? " — không qua trục liên thông" : ""), "vi");
    if (r.getBoolean("suppressed")) {
      out.bool(s, SUPPRESSED, true);
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(s, Moha.GENERATED, true);
    }
  }

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(TYPES, "Loại văn bản hành chính (Nghị định 30/2020/NĐ-CP)",
        "Administrative document types (Decree 30/2020/NĐ-CP)", null,
        "SELECT code, name_vi AS vi, name_en AS en, abbreviation AS notation, 'Decree 30/2020/NĐ-CP Art. 7, App. III' "
          + "AS note FROM (SELECT code, name_vi, name_en, abbreviation, sort FROM voffice.doc_type UNION ALL "
          + "SELECT '" + ALL + "', 'Mọi loại văn bản', 'Every document type', NULL, 0) t ORDER BY sort"),
      new ConceptScheme(DIRECTIONS, "Văn bản đến, văn bản đi", "Incoming and outgoing documents", null,
        "SELECT * FROM (VALUES ('incoming', 'Văn bản đến', 'Incoming documents'), "
          + "('outgoing', 'Văn bản đi', 'Outgoing documents')) AS v(code, vi, en)"),
      new ConceptScheme(CHANNELS, "Kênh gửi, nhận văn bản", "Document exchange channels", null,
        "SELECT * FROM (VALUES ('" + VOfficeStats.AXIS + "', 'Qua Trục liên thông văn bản quốc gia', "
          + "'Through the national document exchange axis'), ('" + VOfficeStats.OTHER + "', 'Kênh khác', "
          + "'Other channels'), ('" + ALL + "', 'Mọi kênh', 'Every channel')) AS v(code, vi, en)"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM voffice.stat_cell";
  }

  @Override
  public String apiListPath() {
    return VOfficeStats.PATH;
  }

  @Override
  public String coverageSql() {
    return "SELECT min(month) AS first, (max(month) + interval '1 month - 1 day')::date AS last FROM voffice.stat_cell";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT extract(year FROM month)::int AS year, sum(count)::bigint AS n FROM voffice.open_stat "
      + "WHERE type_code = '_T' AND channel = '_T' AND count IS NOT NULL GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return Vocab.Qb.OBSERVATION.getURI();
  }
}
