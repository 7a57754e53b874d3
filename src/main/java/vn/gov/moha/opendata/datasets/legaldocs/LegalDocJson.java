package vn.gov.moha.opendata.datasets.legaldocs;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.jackson.JacksonCodec;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import vn.gov.moha.opendata.platform.http.JsonBodies;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Rows of {@code legaldocs.open_document_row} → the JSON of the contract (LegalDocument, LegalDocumentSummary, their
 * pages and the relations list), written with Jackson's streaming generator straight into the response buffer.
 *
 * <p>Why not JsonObject trees: building a tree per row (≈25 map entries, three label objects, a links object) and
 * encoding it through a String cost ≈ 20 µs per row, most of the JVM's CPU of a list of 50. Here the labels of the
 * code lists (which change only with a migration) are UTF-8 fragments made once at start, field names are pre-encoded,
 * and nothing but the buffer is allocated per row. The bytes are those {@code JsonObject.encode()} gave: same field
 * order, same number and string encoding (the generator is Jackson's, as in Vert.x's codec, with default features;
 * the json columns go through Vert.x's own {@link JacksonCodec#encodeJson}). LegalDocsLeanReadIT compares both.
 *
 * <p>Every read statement selects {@link LegalDocQuery#COLUMNS} first, so the columns are read by position.
 */
final class LegalDocJson {
  static final int ID = 0;
  static final int NUMBER = 1;
  static final int TYPE = 2;
  static final int TITLE = 3;
  static final int ISSUER = 4;
  static final int SIGNER_NAME = 5;
  static final int SIGNER_TITLE = 6;
  static final int ISSUED = 7;
  static final int EFFECTIVE = 8;
  static final int EXPIRY = 9;
  static final int STATUS = 10;
  static final int FIELDS = 11;
  static final int SUMMARY = 12;
  static final int MODIFIED = 13;
  static final int ELI_PATH = 14;
  /** The first column after {@link LegalDocQuery#COLUMNS}: rank (list), full_text (by id), dir (relations). */
  static final int NEXT = 15;
  /** The by-id statement's columns after the summary's. */
  static final int FULL_TEXT = NEXT;
  static final int VERSION = NEXT + 1;
  static final int CREATED = NEXT + 2;
  static final int ATTACHMENTS = NEXT + 3;
  static final int RELATIONS = NEXT + 4;

  private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private static final SerializedString F_ID = name("id");
  private static final SerializedString F_URI = name("uri");
  private static final SerializedString F_NUMBER = name("number");
  private static final SerializedString F_KIND = name("kind");
  private static final SerializedString F_TYPE = name("type");
  private static final SerializedString F_TYPE_LABEL = name("type_label");
  private static final SerializedString F_TITLE = name("title");
  private static final SerializedString F_ISSUER = name("issuer");
  private static final SerializedString F_ISSUER_LABEL = name("issuer_label");
  private static final SerializedString F_SIGNER = name("signer");
  private static final SerializedString F_NAME = name("name");
  private static final SerializedString F_ISSUED = name("issued_date");
  private static final SerializedString F_EFFECTIVE = name("effective_date");
  private static final SerializedString F_EXPIRY = name("expiry_date");
  private static final SerializedString F_STATUS = name("status");
  private static final SerializedString F_STATUS_LABEL = name("status_label");
  private static final SerializedString F_FIELDS = name("fields");
  private static final SerializedString F_SUMMARY = name("summary");
  private static final SerializedString F_MODIFIED = name("modified_at");
  private static final SerializedString F_RANK = name("rank");
  private static final SerializedString F_LINKS = name("links");
  private static final SerializedString F_SELF = name("self");
  private static final SerializedString F_RELATIONS = name("relations");
  private static final SerializedString F_FULL_TEXT = name("full_text");
  private static final SerializedString F_ATTACHMENTS = name("attachments");
  private static final SerializedString F_CREATED = name("created_at");
  private static final SerializedString F_ITEMS = name("items");
  private static final SerializedString F_LIMIT = name("limit");
  private static final SerializedString F_TOTAL = name("total");
  private static final SerializedString F_NEXT = name("next");
  private static final SerializedString F_TYPE_OF_RELATION = F_TYPE;
  private static final SerializedString F_DIRECTION = name("direction");
  private static final SerializedString F_DOCUMENT = name("document");

  private final CodeLists codes;
  private final Uris uris;
  private final String self;
  private final Map<String, SerializedString> typeLabels;
  private final Map<String, SerializedString> issuerLabels;
  private final Map<String, SerializedString> statusLabels;
  private final Map<String, SerializedString> relationLabels;

  LegalDocJson(CodeLists codes, String base) {
    this.codes = codes;
    this.uris = new Uris(base);
    this.self = base + LegalDocsApi.PATH + "/";
    this.typeLabels = labels(codes, "legal-document-types");
    this.issuerLabels = labels(codes, "issuers");
    this.statusLabels = labels(codes, "validity-statuses");
    this.relationLabels = labels(codes, "relation-types");
  }

  private static SerializedString name(String n) {
    return new SerializedString(n);
  }

  /** {"vi": …, "en": …} of every code of a scheme, encoded as JsonObject.encode() encodes CodeLists.labels. */
  private static Map<String, SerializedString> labels(CodeLists codes, String scheme) {
    Map<String, SerializedString> m = new HashMap<>();
    for (String code : codes.codes(scheme)) {
      m.put(code, new SerializedString(codes.label(scheme, code).encode()));
    }
    return m;
  }

  /** The label fragment of a code; a code missing from the lists (cannot happen: foreign keys) as CodeLists.label. */
  private SerializableString label(Map<String, SerializedString> fragments, String scheme, String code) {
    SerializedString s = fragments.get(code);
    return s != null ? s : new SerializedString(codes.label(scheme, code).encode());
  }

  /** The whole document (by id, and the answer of a write). */
  Buffer full(Row r) {
    return JsonBodies.buffer(4096 + length(r.getString(FULL_TEXT)), g -> {
      g.writeStartObject();
      summaryFields(g, r, false);
      g.writeFieldName(F_FULL_TEXT);
      g.writeString(r.getString(FULL_TEXT));
      g.writeFieldName(F_ATTACHMENTS);
      JacksonCodec.encodeJson(r.getJsonArray(ATTACHMENTS), g);
      g.writeFieldName(F_RELATIONS);
      JacksonCodec.encodeJson(r.getJsonArray(RELATIONS), g);
      g.writeFieldName(F_CREATED);
      g.writeString(timestamp(r.getOffsetDateTime(CREATED)));
      g.writeEndObject();
    });
  }

  /**
   * A list page {items, limit, total?, next}: the first {@code limit} rows (the statement reads one more to know
   * whether a next page exists), each with its rank when {@code ranked}.
   */
  Buffer page(RowSet<Row> rows, int limit, boolean ranked, Long total, String next) {
    return JsonBodies.buffer(1024 + 1536 * Math.min(limit, rows.size()), g -> {
      g.writeStartObject();
      g.writeFieldName(F_ITEMS);
      g.writeStartArray();
      int n = 0;
      for (Row r : rows) {
        if (n++ == limit) {
          break;
        }
        g.writeStartObject();
        summaryFields(g, r, ranked);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeFieldName(F_LIMIT);
      g.writeNumber(limit);
      if (total != null) {
        g.writeFieldName(F_TOTAL);
        g.writeNumber(total.longValue());
      }
      g.writeFieldName(F_NEXT);
      g.writeString(next);
      g.writeEndObject();
    });
  }

  /** The relations of document {@code id}: rows of LegalDocsRepo.RELATIONS (summary columns, dir, rel). */
  Buffer relations(long id, RowSet<Row> rows) {
    return JsonBodies.buffer(1024 + 1536 * rows.size(), g -> {
      g.writeStartObject();
      g.writeFieldName(F_ID);
      g.writeNumber(id);
      g.writeFieldName(F_ITEMS);
      g.writeStartArray();
      for (Row r : rows) {
        String rel = r.getString(NEXT + 1);
        g.writeStartObject();
        g.writeFieldName(F_TYPE_OF_RELATION);
        g.writeString(rel);
        g.writeFieldName(F_TYPE_LABEL);
        g.writeRawValue(label(relationLabels, "relation-types", rel));
        g.writeFieldName(F_DIRECTION);
        g.writeString(r.getInteger(NEXT) == 0 ? "outgoing" : "incoming");
        g.writeFieldName(F_DOCUMENT);
        g.writeStartObject();
        summaryFields(g, r, false);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  /** The fields of LegalDocumentSummary, in the contract's (and the former JsonObject's) order. */
  private void summaryFields(JsonGenerator g, Row r, boolean ranked) throws IOException {
    long id = r.getLong(ID);
    String type = r.getString(TYPE);
    String issuer = r.getString(ISSUER);
    String status = r.getString(STATUS);
    CodeLists.Entry typeEntry = codes.get("legal-document-types", type);
    g.writeFieldName(F_ID);
    g.writeNumber(id);
    g.writeFieldName(F_URI);
    g.writeString(uris.eli(r.getString(ELI_PATH)));
    g.writeFieldName(F_NUMBER);
    g.writeString(r.getString(NUMBER));
    g.writeFieldName(F_KIND);
    g.writeString(typeEntry == null ? null : typeEntry.kind());
    g.writeFieldName(F_TYPE);
    g.writeString(type);
    g.writeFieldName(F_TYPE_LABEL);
    g.writeRawValue(label(typeLabels, "legal-document-types", type));
    g.writeFieldName(F_TITLE);
    g.writeString(r.getString(TITLE));
    g.writeFieldName(F_ISSUER);
    g.writeString(issuer);
    g.writeFieldName(F_ISSUER_LABEL);
    g.writeRawValue(label(issuerLabels, "issuers", issuer));
    g.writeFieldName(F_SIGNER);
    String signer = r.getString(SIGNER_NAME);
    if (signer == null) {
      g.writeNull();
    } else {
      g.writeStartObject();
      g.writeFieldName(F_NAME);
      g.writeString(signer);
      g.writeFieldName(F_TITLE);
      g.writeString(r.getString(SIGNER_TITLE));
      g.writeEndObject();
    }
    g.writeFieldName(F_ISSUED);
    g.writeString(date(r.getLocalDate(ISSUED)));
    g.writeFieldName(F_EFFECTIVE);
    g.writeString(date(r.getLocalDate(EFFECTIVE)));
    g.writeFieldName(F_EXPIRY);
    g.writeString(date(r.getLocalDate(EXPIRY)));
    g.writeFieldName(F_STATUS);
    g.writeString(status);
    g.writeFieldName(F_STATUS_LABEL);
    g.writeRawValue(label(statusLabels, "validity-statuses", status));
    g.writeFieldName(F_FIELDS);
    g.writeStartArray();
    for (String f : r.getArrayOfStrings(FIELDS)) {
      g.writeString(f);
    }
    g.writeEndArray();
    g.writeFieldName(F_SUMMARY);
    g.writeString(r.getString(SUMMARY));
    g.writeFieldName(F_MODIFIED);
    g.writeString(timestamp(r.getOffsetDateTime(MODIFIED)));
    if (ranked) {
      Float rank = r.getFloat(NEXT);
      if (rank != null) {
        g.writeFieldName(F_RANK);
        g.writeNumber(rank.doubleValue());
      }
    }
    g.writeFieldName(F_LINKS);
    g.writeStartObject();
    g.writeFieldName(F_SELF);
    String link = self + id;
    g.writeString(link);
    g.writeFieldName(F_RELATIONS);
    g.writeString(link + "/relations");
    g.writeEndObject();
  }

  /** Room for a text in the answer's first Buffer: two bytes a character, at most 1 MiB. */
  private static int length(String s) {
    return s == null ? 0 : Math.min(s.length() * 2, 1 << 20);
  }

  static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }

  static String timestamp(OffsetDateTime t) {
    return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).format(TIMESTAMP);
  }

  static String etag(Row r) {
    return etag(r.getLong(ID), r.getInteger(VERSION));
  }

  /** The strong ETag of a document version. */
  static String etag(long id, int version) {
    return "\"" + id + "-" + version + "\"";
  }
}
