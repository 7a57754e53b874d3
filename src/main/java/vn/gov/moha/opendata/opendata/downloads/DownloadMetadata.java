package vn.gov.moha.opendata.opendata.downloads;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import vn.gov.moha.opendata.opendata.DatasetModule;
import vn.gov.moha.opendata.opendata.DownloadFormat;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * What describes the downloads of a dataset: the W3C CSVW metadata of its CSV ({@code .csv-metadata.json}) and its
 * Frictionless Data Package ({@code .datapackage.json}, v1: one resource per file, the tabular ones with their Table
 * Schema). Both are built from the dataset's {@link Table} and, for the package, its catalogue entry.
 */
final class DownloadMetadata {
  static final String CSVW = "csv-metadata.json";
  static final String DATAPACKAGE = "datapackage.json";
  /** Licence codes of the EU authority table → SPDX identifiers (what Frictionless names licences by). */
  private static final Map<String, String> SPDX = Map.of("CC_BY_4_0", "CC-BY-4.0", "CC0", "CC0-1.0");

  private DownloadMetadata() {
  }

  /**
   * The CSVW metadata of a dataset's CSV: its columns with Vietnamese and English titles (the header row is the
   * Vietnamese one; {@code ?header=en} gives the English one), the URI column as the row's subject, the licence.
   */
  static JsonObject csvw(DatasetModule d, Uris uris) {
    JsonArray columns = new JsonArray().add(new JsonObject().put("name", "uri")
      .put("titles", new JsonObject().put("vi", "URI").put("en", "URI"))
      .put("datatype", "anyURI").put("propertyUrl", "@id"));
    for (Table.Column c : d.table().columns()) {
      columns.add(new JsonObject().put("name", c.name())
        .put("titles", new JsonObject().put("vi", c.vi()).put("en", c.en()))
        .put("datatype", switch (c.type()) {
          case DATE -> "date";
          case INTEGER -> "integer";
          case NUMBER -> "number";
          case BOOLEAN -> "boolean";
          case STRING, ARRAY -> "string";
        }));
      if (c.type() == Table.Type.ARRAY) {
        columns.getJsonObject(columns.size() - 1).put("separator", CsvEncoder.SEPARATOR.trim());
      }
    }
    return new JsonObject()
      .put("@context", new JsonArray().add("http://www.w3.org/ns/csvw").add(new JsonObject().put("@language", "vi")))
      .put("url", uris.download(d.name(), "csv"))
      .put("dc:license", new JsonObject().put("@id", "https://creativecommons.org/licenses/by/4.0/"))
      .put("dialect", new JsonObject().put("encoding", "utf-8").put("header", true))
      .put("tableSchema", new JsonObject().put("columns", columns).put("primaryKey", "uri"));
  }

  /**
   * The Frictionless Data Package (v1) of a dataset: name, Vietnamese title and description with the English ones
   * beside ({@code title_en}, {@code description_en}), licence, portal page, publisher, keywords, and one resource per
   * download: the CSV with its Vietnamese header, the CSV with its English header, JSON, NDJSON (each with a Table
   * Schema whose field names are that file's header or keys) and the RDF files; {@code bytes} when the current
   * version's file was written out.
   */
  static JsonObject dataPackage(Catalogue.Entry e, DatasetModule d, Uris uris) {
    JsonArray resources = new JsonArray();
    for (Catalogue.Distribution dist : e.distributions()) {
      DownloadFormat f = dist.format();
      JsonObject r = new JsonObject().put("name", e.name() + "-" + f.extension()).put("path", dist.url())
        .put("format", f.extension()).put("mediatype", f.mediaType());
      if (f.rdf()) {
        r.put("profile", "data-resource").put("encoding", "utf-8");
      } else {
        r.put("profile", "tabular-data-resource").put("encoding", "utf-8").put("schema", schema(d, f, false));
      }
      if (f == DownloadFormat.CSV) {
        r.put("description", "UTF-8 with a byte-order mark (for Excel); header row in Vietnamese")
          .put("dialect", dialect());
      }
      if (dist.bytes() != null) {
        r.put("bytes", dist.bytes());
      }
      resources.add(r);
      if (f == DownloadFormat.CSV) {
        resources.add(new JsonObject().put("name", e.name() + "-csv-en").put("path", dist.url() + "?header=en")
          .put("profile", "tabular-data-resource").put("format", "csv").put("mediatype", f.mediaType())
          .put("encoding", "utf-8")
          .put("description", "UTF-8 with a byte-order mark (for Excel); header row in English")
          .put("dialect", dialect()).put("schema", schema(d, f, true)));
      }
    }
    JsonArray keywords = new JsonArray();
    e.keywordsVi().forEach(keywords::add);
    e.keywordsEn().forEach(keywords::add);
    return new JsonObject()
      .put("profile", "tabular-data-package")
      .put("name", e.name())
      .put("id", e.uri())
      .put("title", e.titleVi())
      .put("title_en", e.titleEn())
      .put("description", e.descriptionVi())
      .put("description_en", e.descriptionEn())
      .put("homepage", uris.datasetPage(e.name()))
      .put("licenses", new JsonArray().add(new JsonObject()
        .put("name", SPDX.getOrDefault(e.licence(), e.licence())).put("path", e.licenceUrl())
        .put("title", e.licence().equals("CC_BY_4_0") ? "Creative Commons Attribution 4.0 International"
          : e.licence())))
      .put("contributors", new JsonArray().add(new JsonObject().put("title", e.publisher().nameVi())
        .put("path", e.publisher().uri()).put("role", "publisher")))
      .put("keywords", keywords)
      .put("created", e.issued().toInstant().toString())
      .put("modified", e.dataModified().toInstant().toString())
      .put("resources", resources);
  }

  private static JsonObject dialect() {
    return new JsonObject().put("delimiter", ",").put("doubleQuote", true).put("lineTerminator", "\r\n")
      .put("quoteChar", "\"").put("header", true);
  }

  /**
   * The Table Schema of one tabular file: field names are what the file holds (the CSV's Vietnamese or English
   * header, or the JSON keys), titles Vietnamese, descriptions English; arrays are text in CSV (values joined by
   * {@code "; "}) and arrays in JSON.
   */
  static JsonObject schema(DatasetModule d, DownloadFormat f, boolean english) {
    boolean csv = f == DownloadFormat.CSV;
    String[] header = CsvEncoder.header(d.table(), english);
    JsonArray fields = new JsonArray().add(new JsonObject().put("name", csv ? header[0] : "uri").put("title", "URI")
      .put("description", "The record's linked-data URI").put("type", "string").put("format", "uri"));
    for (int i = 0; i < d.table().columns().size(); i++) {
      Table.Column c = d.table().columns().get(i);
      boolean joined = csv && c.type() == Table.Type.ARRAY;
      fields.add(new JsonObject().put("name", csv ? header[i + 1] : c.name()).put("title", c.vi())
        .put("description", c.en() + (joined ? " (values separated by \"" + CsvEncoder.SEPARATOR + "\")" : ""))
        .put("type", joined ? "string" : c.type().frictionless()));
    }
    return new JsonObject().put("fields", fields).put("primaryKey", csv ? header[0] : "uri");
  }
}
