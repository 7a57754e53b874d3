package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.MultiMap;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;

/**
 * What a download asks for, checked: the dataset, the file (a data format, or one of the metadata files), the CSV
 * header's language ({@code ?header=en}) and the dataset's filters ({@code ?province=T01N}) as a WHERE condition with
 * bound parameters. A query parameter the file does not take is a 400 naming it: a filter another dataset has, a
 * {@code header} on anything but CSV, a parameter given twice.
 *
 * @param format   the data format, or null for a metadata file
 * @param metadata {@link DownloadMetadata#CSVW} or {@link DownloadMetadata#DATAPACKAGE}, or null for data
 * @param where    the filters as SQL over {@code r} ($1…), {@code true} without filters
 * @param filters  the filter values in the table's order, for the ETag ({@code province=T01N&year=2024})
 */
record DownloadRequest(DatasetModule dataset, String file, DownloadFormat format, String metadata, boolean english,
                       Where where, String filters) {
  static final String HEADER = "header";

  /** A 404 for a file that is not one of ours, a 400 for a parameter the file does not take. */
  static DownloadRequest of(String file, MultiMap query, Map<String, DatasetModule> datasets) {
    String metadata = null;
    String stem;
    DownloadFormat format = null;
    if (file.endsWith("." + DownloadMetadata.CSVW) || file.endsWith("." + DownloadMetadata.DATAPACKAGE)) {
      metadata = file.endsWith("." + DownloadMetadata.CSVW) ? DownloadMetadata.CSVW : DownloadMetadata.DATAPACKAGE;
      stem = file.substring(0, file.length() - metadata.length() - 1);
    } else {
      int dot = file.lastIndexOf('.');
      stem = dot < 0 ? file : file.substring(0, dot);
      format = dot < 0 ? null : DownloadFormat.of(file.substring(dot + 1));
    }
    DatasetModule d = datasets.get(stem);
    if (d == null || metadata == null && (format == null || format.rdf() && !d.linked())) {
      throw ApiProblem.notFound("No download " + file + ".");
    }
    for (String name : query.names()) {
      if (query.getAll(name).size() > 1) {
        throw invalid(name, "Parameter " + name + " is given more than once.");
      }
    }
    boolean english = false;
    String lang = query.get(HEADER);
    if (lang != null) {
      if (format != DownloadFormat.CSV) {
        throw invalid(HEADER, "Parameter header chooses the language of a CSV's header row: only .csv takes it.");
      }
      if (!lang.equals("vi") && !lang.equals("en")) {
        throw invalid(HEADER, "Parameter header must be vi (the default) or en.");
      }
      english = lang.equals("en");
    }
    for (String name : query.names()) {
      if (!name.equals(HEADER) && (metadata != null || d.table().filter(name).isEmpty())) {
        String allowed = d.table().filters().stream().map(Table.Filter::param).collect(Collectors.joining(", "));
        throw invalid(name, metadata != null ? "Metadata files take no filters."
          : d.name() + " downloads have no filter " + name + "; they take " + (allowed.isEmpty() ? "none" : allowed)
          + ".");
      }
    }
    Where where = new Where();
    StringBuilder filters = new StringBuilder();
    for (Table.Filter f : d.table().filters()) {
      String value = query.get(f.param());
      if (value != null) {
        where.and(f.condition().replace("?", where.param(f.integer() ? integer(f.param(), value) : value)));
        filters.append(filters.isEmpty() ? "" : "&").append(f.param()).append('=').append(value);
      }
    }
    return new DownloadRequest(d, file, format, metadata, english, where, filters.toString());
  }

  private static Integer integer(String name, String value) {
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw invalid(name, "Parameter " + name + " must be an integer.");
    }
  }

  private static ApiProblem invalid(String name, String detail) {
    return ApiProblem.badRequest("invalid-parameter", detail, new FieldError(name, "query", detail));
  }

  boolean filtered() {
    return !filters.isEmpty();
  }

  /** The SQL condition of the filters ({@code true} without). */
  String condition() {
    String clause = where.clause();
    return clause.isEmpty() ? "true" : clause.substring(" WHERE ".length());
  }

  /** The file's variant: its format's extension, {@code csv-en} for the English header. */
  String variant() {
    return format.extension() + (english ? "-en" : "");
  }

  /** The ETag of this file of a version: filtered downloads carry a digest of their filters. */
  String etag(long versionMicros) {
    return "\"" + dataset.name() + "-" + variant() + "-" + versionMicros + (filtered() ? "-" + digest(filters) : "")
      + "\"";
  }

  private static String digest(String s) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The parameters of the statement ({@link #where}'s). */
  List<Object> params() {
    return where.params();
  }
}
