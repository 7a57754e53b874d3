package vn.gov.moha.opendata.datasets.awards;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Row;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.gov.moha.opendata.platform.http.JsonBodies;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * Rows of {@code awards.open_award_row} → the contract's JSON (AwardSummary, Award, the list page), written with
 * Jackson's streaming generator straight into a Buffer: the same fields, order and values as the JsonObject trees
 * built before (AwardLabelsIT compares them with labels read through {@code awards.open_award}), without building a
 * tree per row and encoding it. The labelled parts that depend on one code only (type, kind, decider, method, body,
 * province, province now) are encoded once at start and copied as raw bytes.
 *
 * <p>With the lean rows of {@link AwardCodes}, measured by bench/cpu-per-request.sh on 50 000 awards (two alternating
 * old/new pairs, box load 17-22 from other sessions): a list of 50 costs 741-838 µs of JVM CPU instead of
 * 1 406-2 808 (≈ 15 µs a row instead of ≈ 22-50), PostgreSQL 429-557 µs instead of 2 185-2 251. By id the JVM's part
 * stays within the noise (488-524 µs vs 444-664: one row, the rest is routing, validation and HTTP); PostgreSQL's
 * drops from 297-372 to 109-146 µs.
 */
final class AwardJson {

  private final String base;
  private final Uris uris;
  private final Map<String, SerializableString> types;
  private final Map<String, SerializableString> kinds;
  private final Map<String, SerializableString> deciders;
  private final Map<String, Boolean> stateLevels;
  private final Map<String, SerializableString> methods;
  private final Map<String, SerializableString> bodies;
  private final Map<String, SerializableString> provinces;
  private final Map<String, SerializableString> provincesNow;

  AwardJson(String base, AwardCodes codes) {
    this.base = base;
    this.uris = new Uris(base);
    this.types = fragments(codes.types, t -> g -> codeLabel(g, t.code(), t.vi(), t.en()));
    Map<String, SerializableString> kindOf = new HashMap<>();
    codes.types.values().forEach(t -> {
      AwardCodes.Label k = codes.kinds.get(t.kind());
      kindOf.put(t.code(), JsonBodies.fragment(g -> codeLabel(g, t.kind(), k == null ? null : k.vi(),
        k == null ? null : k.en())));
    });
    this.kinds = Map.copyOf(kindOf);
    this.deciders = fragments(codes.deciders, d -> g -> codeLabel(g, d.code(), d.vi(), d.en()));
    Map<String, Boolean> levels = new HashMap<>();
    codes.deciders.values().forEach(d -> levels.put(d.code(), d.stateLevel()));
    this.stateLevels = Map.copyOf(levels);
    this.methods = fragments(codes.methods, m -> g -> codeLabel(g, m.code(), m.vi(), m.en()));
    this.bodies = fragments(codes.bodies, b -> g -> {
      g.writeStartObject();
      g.writeStringField("key", b.key());
      g.writeFieldName("name");
      labels(g, b.vi(), b.en());
      g.writeEndObject();
    });
    this.provinces = fragments(codes.provinces, p -> g -> province(g, p.key(), p.name(), p.validTo()));
    this.provincesNow = fragments(codes.provinces, p -> g -> {
      AwardCodes.Province now = codes.provinces.get(p.nowKey());
      province(g, p.nowKey(), now == null ? null : now.name(), null);
    });
  }

  /** One award (Award): the summary, then method, rationale, legal basis, withdrawal and modification time. */
  Buffer award(Row r, int method, int rationale, int legalBasis, int withdrawalDecision, int withdrawalReason,
               int modifiedAt) {
    return JsonBodies.buffer(2048, g -> {
      g.writeStartObject();
      summaryFields(g, r);
      g.writeFieldName("method");
      fragment(g, methods, r.getString(method), r.getString(method));
      g.writeStringField("rationale", r.getString(rationale));
      g.writeStringField("legal_basis", r.getString(legalBasis));
      LocalDate withdrawn = r.getLocalDate(AwardQuery.WITHDRAWN_DATE);
      g.writeFieldName("withdrawal");
      if (withdrawn == null) {
        g.writeNull();
      } else {
        g.writeStartObject();
        g.writeStringField("date", withdrawn.toString());
        g.writeStringField("decision_number", r.getString(withdrawalDecision));
        g.writeStringField("reason", r.getString(withdrawalReason));
        g.writeEndObject();
      }
      g.writeStringField("modified_at", r.getOffsetDateTime(modifiedAt).toInstant().toString());
      g.writeEndObject();
    });
  }

  /** A list page: the first {@code limit} rows as summaries, the limit, the total when counted, the next link. */
  Buffer page(Iterable<Row> rows, int limit, Long total, String next) {
    return JsonBodies.buffer(2048, g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("items");
      int n = 0;
      for (Row r : rows) {
        if (n++ == limit) {
          break;
        }
        g.writeStartObject();
        summaryFields(g, r);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("limit", limit);
      if (total != null) {
        g.writeNumberField("total", total);
      }
      g.writeStringField("next", next);
      g.writeEndObject();
    });
  }

  /** The fields of an AwardSummary, in the contract's order. */
  private void summaryFields(JsonGenerator g, Row r) throws IOException {
    long id = r.getLong(AwardQuery.ID);
    String key = r.getString(AwardQuery.KEY);
    String type = r.getString(AwardQuery.TYPE);
    g.writeNumberField("id", id);
    g.writeStringField("key", key);
    g.writeStringField("uri", uris.award(key));
    g.writeFieldName("type");
    fragment(g, types, type, type);
    g.writeFieldName("kind");
    fragment(g, kinds, type, null);
    g.writeFieldName("recipient");
    g.writeStartObject();
    g.writeStringField("kind", r.getString(AwardQuery.RECIPIENT_KIND));
    g.writeStringField("name", r.getString(AwardQuery.RECIPIENT_NAME));
    g.writeStringField("position", r.getString(AwardQuery.RECIPIENT_POSITION));
    g.writeStringField("unit", r.getString(AwardQuery.RECIPIENT_UNIT));
    g.writeBooleanField("posthumous", r.getBoolean(AwardQuery.POSTHUMOUS));
    g.writeEndObject();
    String province = r.getString(AwardQuery.PROVINCE);
    g.writeFieldName("province");
    provinceFragment(g, provinces, province);
    g.writeFieldName("province_now");
    provinceFragment(g, provincesNow, province);
    String decider = r.getString(AwardQuery.DECIDER);
    g.writeFieldName("decision");
    g.writeStartObject();
    g.writeStringField("number", r.getString(AwardQuery.DECISION_NUMBER));
    g.writeStringField("date", r.getLocalDate(AwardQuery.DECISION_DATE).toString());
    g.writeFieldName("decider");
    fragment(g, deciders, decider, decider);
    g.writeFieldName("state_level");
    Boolean stateLevel = stateLevels.get(decider);
    if (stateLevel == null) {
      g.writeNull();
    } else {
      g.writeBoolean(stateLevel);
    }
    g.writeEndObject();
    g.writeNumberField("year", r.getInteger(AwardQuery.YEAR));
    String body = r.getString(AwardQuery.BODY);
    g.writeFieldName("body");
    SerializableString b = bodies.get(body);
    if (b == null) {
      g.writeStartObject();
      g.writeStringField("key", body);
      g.writeFieldName("name");
      labels(g, null, null);
      g.writeEndObject();
    } else {
      g.writeRawValue(b);
    }
    g.writeBooleanField("withdrawn", r.getLocalDate(AwardQuery.WITHDRAWN_DATE) != null);
    g.writeBooleanField("generated", "generated".equals(r.getString(AwardQuery.ORIGIN)));
    g.writeFieldName("links");
    g.writeStartObject();
    g.writeStringField("self", base + AwardsApi.PATH + "/" + id);
    g.writeStringField("type", base + "/api/v1/award-types");
    g.writeEndObject();
  }

  /** The precomputed {code, label} of a code; an unknown code (a list older than the row) with null labels. */
  private static void fragment(JsonGenerator g, Map<String, SerializableString> of, String code, String fallback)
    throws IOException {
    SerializableString s = code == null ? null : of.get(code);
    if (s == null) {
      codeLabel(g, fallback, null, null);
    } else {
      g.writeRawValue(s);
    }
  }

  private static void provinceFragment(JsonGenerator g, Map<String, SerializableString> of, String key)
    throws IOException {
    if (key == null) {
      g.writeNull();
      return;
    }
    SerializableString s = of.get(key);
    if (s == null) {
      province(g, key, null, null);
    } else {
      g.writeRawValue(s);
    }
  }

  private static void codeLabel(JsonGenerator g, String code, String vi, String en) throws IOException {
    g.writeStartObject();
    g.writeStringField("code", code);
    g.writeFieldName("label");
    labels(g, vi, en);
    g.writeEndObject();
  }

  private static void labels(JsonGenerator g, String vi, String en) throws IOException {
    g.writeStartObject();
    g.writeStringField("vi", vi);
    g.writeStringField("en", en);
    g.writeEndObject();
  }

  private static void province(JsonGenerator g, String key, String name, LocalDate validTo) throws IOException {
    g.writeStartObject();
    g.writeStringField("key", key);
    g.writeStringField("name", name);
    g.writeStringField("valid_to", validTo == null ? null : validTo.toString());
    g.writeEndObject();
  }

  private static <T> Map<String, SerializableString> fragments(Map<String, T> list,
                                                               Function<T, JsonBodies.Writer> part) {
    Map<String, SerializableString> m = new HashMap<>();
    list.forEach((code, entry) -> m.put(code, JsonBodies.fragment(part.apply(entry))));
    return Map.copyOf(m);
  }
}
