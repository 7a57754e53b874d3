package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * The open-data catalogue: every open dataset described once ({@code catalog.dataset}, its publisher a unit of the
 * ministry, its themes), together with what is read from the data itself (when it last changed, the period it covers)
 * and its distributions (one per download format, with the size of the last whole download when known). DCAT-AP, the
 * CKAN-style API, the portal pages and the national-portal push are all views of {@link Entry}.
 */
public final class Catalogue {
  /** The unit that runs the portal (the IT centre): publisher of the catalogue itself and of its data services. */
  public static final String OPERATOR = "TT_CNTT";
  /** When nothing says when a dataset changed (an empty dataset that never had a record). */
  static final OffsetDateTime EPOCH = OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

  private static final String SELECT = "SELECT d.*, u.name_vi AS publisher_vi, u.name_en AS publisher_en, "
    + "(SELECT max(deleted_at) FROM platform.tombstone t WHERE t.dataset = d.name) AS deleted_at, "
    + "(SELECT coalesce(jsonb_agg(jsonb_build_array(t.code, t.name_vi, t.name_en) ORDER BY t.code), '[]') "
    + "   FROM catalog.theme t WHERE t.code = ANY(d.themes)) AS theme_labels, "
    + "(SELECT coalesce(jsonb_object_agg(f.format, jsonb_build_array("
    + "   (extract(epoch FROM f.version) * 1000)::bigint, f.bytes)), '{}') "
    + "   FROM catalog.download_file f WHERE f.dataset = d.name) AS sizes, "
    + "(SELECT coalesce(sum(c.count), 0) FROM catalog.download_count c WHERE c.dataset = d.name) AS downloads "
    + "FROM catalog.dataset d JOIN platform.org_unit u ON u.code = d.publisher ";

  private final Pool pool;
  private final Uris uris;
  private final Map<String, DatasetModule> modules = new LinkedHashMap<>();

  public Catalogue(Pool pool, Uris uris, List<DatasetModule> modules) {
    this.pool = pool;
    this.uris = uris;
    modules.forEach(m -> this.modules.put(m.name(), m));
  }

  public Uris uris() {
    return uris;
  }

  /** The module of a catalogued dataset, or null. */
  public DatasetModule module(String name) {
    return modules.get(name);
  }

  /** Every catalogued dataset with a module on this server, in the catalogue's order. */
  public Future<List<Entry>> entries() {
    return pool.query(SELECT + "ORDER BY d.position, d.name").execute().compose(rows -> {
      List<Future<Entry>> entries = new ArrayList<>();
      for (Row row : rows) {
        DatasetModule module = modules.get(row.getString("name"));
        if (module != null) {
          entries.add(complete(row, module));
        }
      }
      return Future.all(entries).map(all -> all.<Entry>list());
    });
  }

  /** One catalogued dataset by name, or empty. */
  public Future<Optional<Entry>> entry(String name) {
    DatasetModule module = modules.get(name);
    if (module == null) {
      return Future.succeededFuture(Optional.empty());
    }
    return pool.preparedQuery(SELECT + "WHERE d.name = $1").execute(Tuple.of(name)).compose(rows ->
      rows.size() == 0 ? Future.succeededFuture(Optional.<Entry>empty())
        : complete(rows.iterator().next(), module).map(Optional::of));
  }

  /** Adds what is read from the data: the last change of a record, the period the records cover. */
  private Future<Entry> complete(Row d, DatasetModule module) {
    return Future.all(pool.query(module.lastChangeSql()).execute(), pool.query(module.coverageSql()).execute())
      .map(both -> {
        Row changed = both.<io.vertx.sqlclient.RowSet<Row>>resultAt(0).iterator().next();
        Row coverage = both.<io.vertx.sqlclient.RowSet<Row>>resultAt(1).iterator().next();
        OffsetDateTime data = latest(changed.getOffsetDateTime(0), d.getOffsetDateTime("deleted_at"));
        return entry(d, module, data, coverage.getLocalDate("first"), coverage.getLocalDate("last"));
      });
  }

  private Entry entry(Row d, DatasetModule module, OffsetDateTime dataModified, LocalDate first, LocalDate last) {
    String name = d.getString("name");
    List<Theme> themes = new ArrayList<>();
    for (Object t : d.getJsonArray("theme_labels")) {
      io.vertx.core.json.JsonArray a = (io.vertx.core.json.JsonArray) t;
      themes.add(new Theme(a.getString(0), a.getString(1), a.getString(2), uris.concept(Uris.THEMES, a.getString(0))));
    }
    io.vertx.core.json.JsonObject sizes = d.getJsonObject("sizes");
    OffsetDateTime modified = latest(d.getOffsetDateTime("metadata_modified"), dataModified);
    List<Distribution> distributions = new ArrayList<>();
    for (DownloadFormat f : DownloadFormat.values()) {
      if (f.rdf() && !module.linked()) {
        continue;
      }
      // a size is the current one only when the file was written from the data as it is now
      io.vertx.core.json.JsonArray size = sizes.getJsonArray(f.extension());
      Long bytes = size == null || dataModified == null || size.getLong(0) + 1 < dataModified.toInstant().toEpochMilli()
        ? null : size.getLong(1);
      distributions.add(new Distribution(f, uris.distribution(name, f.extension()), uris.download(name, f.extension()),
        bytes));
    }
    return new Entry(name, uris.dataset(name), d.getString("title_vi"), d.getString("title_en"),
      d.getString("description_vi"), d.getString("description_en"),
      new Publisher(d.getString("publisher"), d.getString("publisher_vi"), d.getString("publisher_en"),
        uris.concept(Uris.UNITS, d.getString("publisher"))),
      d.getString("contact_url"), strings(d, "eu_themes"), themes, strings(d, "keywords_vi"), strings(d, "keywords_en"),
      d.getString("licence"), d.getString("access_rights"), d.getString("accrual_periodicity"), strings(d, "spatial"),
      d.getBoolean("generated"), d.getOffsetDateTime("issued"), d.getOffsetDateTime("metadata_modified"),
      dataModified == null ? EPOCH : dataModified, modified, first, last, distributions, d.getLong("downloads"));
  }

  private static List<String> strings(Row row, String column) {
    String[] values = row.getArrayOfStrings(column);
    return values == null ? List.of() : List.of(values);
  }

  /** The later of two instants, either of which may be missing. */
  static OffsetDateTime latest(OffsetDateTime a, OffsetDateTime b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  /** A unit of the ministry by its code, as a publisher (its concept in {@code /def/units/}), or empty. */
  public Future<Optional<Publisher>> unit(String code) {
    return pool.preparedQuery("SELECT code, name_vi, name_en FROM platform.org_unit WHERE code = $1")
      .execute(Tuple.of(code)).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next())
        .map(u -> new Publisher(code, u.getString("name_vi"), u.getString("name_en"), uris.concept(Uris.UNITS, code))));
  }

  /** Downloads per dataset (all formats, all days), for "most downloaded". */
  public Future<Map<String, Long>> downloads() {
    return pool.query("SELECT dataset, sum(count) AS n FROM catalog.download_count GROUP BY dataset").execute()
      .map(rows -> {
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put(r.getString("dataset"), r.getLong("n")));
        return counts;
      });
  }

  /**
   * One catalogued dataset.
   *
   * @param uri                 its URI ({@code /id/dataset/{name}})
   * @param euThemes            codes of http://publications.europa.eu/resource/authority/data-theme/
   * @param licence             a code of http://publications.europa.eu/resource/authority/licence/ ({@code CC_BY_4_0})
   * @param accessRights        a code of http://publications.europa.eu/resource/authority/access-right/
   * @param accrualPeriodicity  a code of http://publications.europa.eu/resource/authority/frequency/
   * @param spatial             codes of http://publications.europa.eu/resource/authority/country/ ({@code VNM})
   * @param generated           whether part of the data is generated demo data
   * @param dataModified        when a record last changed (or was deleted)
   * @param modified            the later of the description's and the data's last change
   * @param temporalStart       the earliest date of the records (null when there is none)
   * @param downloads           how many times it was downloaded, all formats
   */
  public record Entry(String name, String uri, String titleVi, String titleEn, String descriptionVi,
                      String descriptionEn, Publisher publisher, String contactUrl, List<String> euThemes,
                      List<Theme> themes, List<String> keywordsVi, List<String> keywordsEn, String licence,
                      String accessRights, String accrualPeriodicity, List<String> spatial, boolean generated,
                      OffsetDateTime issued, OffsetDateTime metadataModified, OffsetDateTime dataModified,
                      OffsetDateTime modified, LocalDate temporalStart, LocalDate temporalEnd,
                      List<Distribution> distributions, long downloads) {
    /** The licence's page for people (CC BY 4.0's deed), by its EU code. */
    public String licenceUrl() {
      return LICENCES.getOrDefault(licence, EU + "licence/" + licence);
    }

    /** The EU authority URI of the licence. */
    public String licenceUri() {
      return EU + "licence/" + licence;
    }
  }

  /** A unit of the ministry that publishes datasets; {@code uri} is its concept in {@code /def/units/}. */
  public record Publisher(String code, String nameVi, String nameEn, String uri) {
  }

  /** One of our own themes; {@code uri} is its concept in {@code /def/dataset-themes/}. */
  public record Theme(String code, String nameVi, String nameEn, String uri) {
  }

  /**
   * A dataset in one download format.
   *
   * @param uri   the distribution's URI ({@code /id/dataset/{name}#distribution-csv})
   * @param url   where it is downloaded
   * @param bytes the size of the last whole download of the current version, null when unknown
   */
  public record Distribution(DownloadFormat format, String uri, String url, Long bytes) {
  }

  /** The root of the EU Publications Office's authority tables. */
  public static final String EU = "http://publications.europa.eu/resource/authority/";

  private static final Map<String, String> LICENCES = Map.of(
    "CC_BY_4_0", "https://creativecommons.org/licenses/by/4.0/",
    "CC0", "https://creativecommons.org/publicdomain/zero/1.0/");

  /** The EU data themes' labels (vi, en), for pages and CKAN groups. */
  public static final Map<String, List<String>> EU_THEMES = Map.ofEntries(
    Map.entry("AGRI", Arrays.asList("Nông nghiệp, thủy sản, lâm nghiệp và thực phẩm",
      "Agriculture, fisheries, forestry and food")),
    Map.entry("ECON", Arrays.asList("Kinh tế và tài chính", "Economy and finance")),
    Map.entry("EDUC", Arrays.asList("Giáo dục, văn hóa và thể thao", "Education, culture and sport")),
    Map.entry("ENER", Arrays.asList("Năng lượng", "Energy")),
    Map.entry("ENVI", Arrays.asList("Môi trường", "Environment")),
    Map.entry("GOVE", Arrays.asList("Chính phủ và khu vực công", "Government and public sector")),
    Map.entry("HEAL", Arrays.asList("Y tế", "Health")),
    Map.entry("INTR", Arrays.asList("Các vấn đề quốc tế", "International issues")),
    Map.entry("JUST", Arrays.asList("Tư pháp, hệ thống pháp luật và an toàn công cộng",
      "Justice, legal system and public safety")),
    Map.entry("REGI", Arrays.asList("Vùng và đô thị", "Regions and cities")),
    Map.entry("SOCI", Arrays.asList("Dân số và xã hội", "Population and society")),
    Map.entry("TECH", Arrays.asList("Khoa học và công nghệ", "Science and technology")),
    Map.entry("TRAN", Arrays.asList("Giao thông vận tải", "Transport")));
}
