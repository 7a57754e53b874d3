package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Publisher;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Theme;
import vn.gov.moha.opendata.platform.rdf.Uris;

/**
 * A catalogue entry as a CKAN 2.10 package dict: what {@code package_show} answers and what the national portal is
 * sent. Field names are CKAN's; translations as ckanext-fluent/scheming name them ({@code title_translated},
 * {@code notes_translated}); the DCAT fields as ckanext-dcat names its extras. Ids are stable UUIDs (version 5, URL
 * namespace) of our URIs, so that the same dataset has the same id here, in harvesters and on the national portal.
 */
public final class CkanPackage {
  /** CC BY 4.0 by its SPDX id (CKAN's built-in list calls the unversioned licence {@code cc-by}). */
  public static final String LICENCE_ID = "CC-BY-4.0";
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  private static final DateTimeFormatter CKAN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");
  private static final String EU = Catalogue.EU;

  private final Uris uris;

  public CkanPackage(Uris uris) {
    this.uris = uris;
  }

  /** The UUID (version 5, URL namespace, RFC 9562) of a URI: the same URI always gives the same id. */
  public static String id(String uri) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(ByteBuffer.allocate(16).putLong(URL_NAMESPACE.getMostSignificantBits())
        .putLong(URL_NAMESPACE.getLeastSignificantBits()).array());
      byte[] h = sha1.digest(uri.getBytes(StandardCharsets.UTF_8));
      h[6] = (byte) ((h[6] & 0x0f) | 0x50);
      h[8] = (byte) ((h[8] & 0x3f) | 0x80);
      ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
      return new UUID(b.getLong(), b.getLong()).toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** CKAN's timestamp: UTC without an offset, microseconds ({@code 2024-05-01T10:20:30.123456}); null stays null. */
  public static String time(OffsetDateTime t) {
    return t == null ? null : CKAN_TIME.format(t.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /** The organisation name of a publishing unit: its code, url-safe and lower case ({@code BAN_TDKT → ban-tdkt}). */
  public static String organizationName(String unitCode) {
    return unitCode.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A publishing unit as a CKAN organization dict ({@code packageCount} null leaves package_count out). */
  public JsonObject organization(Publisher p, Integer packageCount) {
    JsonObject o = new JsonObject()
      .put("id", id(p.uri()))
      .put("name", organizationName(p.code()))
      .put("title", p.nameVi())
      .put("display_name", p.nameVi())
      .put("title_translated", new JsonObject().put("vi", p.nameVi()).put("en", p.nameEn()))
      .put("description", p.nameEn())
      .put("type", "organization")
      .put("is_organization", true)
      .put("state", "active")
      .put("approval_status", "approved")
      .put("image_url", "")
      .put("image_display_url", "");
    return packageCount == null ? o : o.put("package_count", packageCount);
  }

  /** The package dict of a catalogue entry. */
  public JsonObject toJson(Entry e) {
    String id = id(e.uri());
    JsonArray tags = new JsonArray();
    e.keywordsVi().forEach(k -> tags.add(new JsonObject().put("id", id(e.uri() + "#tag-" + k)).put("name", k)
      .put("display_name", k).put("state", "active").put("vocabulary_id", null)));
    JsonArray groups = new JsonArray();
    e.themes().forEach(t -> groups.add(group(t)));
    JsonArray resources = new JsonArray();
    List<Distribution> ds = e.distributions();
    for (int i = 0; i < ds.size(); i++) {
      resources.add(resource(e, id, ds.get(i), i));
    }
    Publisher p = e.publisher();
    return new JsonObject()
      .put("id", id)
      .put("name", e.name())
      .put("title", e.titleVi())
      .put("title_translated", new JsonObject().put("vi", e.titleVi()).put("en", e.titleEn()))
      .put("notes", e.descriptionVi())
      .put("notes_translated", new JsonObject().put("vi", e.descriptionVi()).put("en", e.descriptionEn()))
      .put("url", uris.datasetPage(e.name()))
      .put("license_id", LICENCE_ID)
      .put("license_title", "Creative Commons Attribution 4.0")
      .put("license_url", e.licenceUrl())
      .put("isopen", true)
      .put("author", p.nameVi())
      .put("author_email", null)
      .put("maintainer", p.nameVi())
      .put("maintainer_email", null)
      .put("version", null)
      .put("state", "active")
      .put("type", "dataset")
      .put("private", false)
      .put("creator_user_id", null)
      .put("metadata_created", time(e.issued()))
      .put("metadata_modified", time(e.modified()))
      .put("owner_org", id(p.uri()))
      .put("organization", organization(p, null))
      .put("groups", groups)
      .put("tags", tags)
      .put("num_tags", tags.size())
      .put("resources", resources)
      .put("num_resources", resources.size())
      .put("relationships_as_object", new JsonArray())
      .put("relationships_as_subject", new JsonArray())
      .put("extras", extras(e));
  }

  private JsonObject group(Theme t) {
    return new JsonObject().put("id", id(t.uri())).put("name", t.code()).put("title", t.nameVi())
      .put("display_name", t.nameVi()).put("description", t.nameEn()).put("image_display_url", "");
  }

  private JsonObject resource(Entry e, String packageId, Distribution d, int position) {
    String label = d.format().label();
    return new JsonObject()
      .put("id", id(d.uri()))
      .put("package_id", packageId)
      .put("name", e.titleVi() + " (" + label + ")")
      .put("description", "Toàn bộ tập dữ liệu, định dạng " + label + ". The whole dataset as " + label + ".")
      .put("url", d.url())
      .put("format", label.equals("N-Triples") || label.equals("Turtle") ? label : label.toUpperCase(Locale.ROOT))
      .put("mimetype", d.format().mediaType())
      .put("size", d.bytes())
      .put("hash", "")
      .put("created", time(e.issued()))
      .put("last_modified", time(e.dataModified()))
      .put("metadata_modified", time(e.modified()))
      .put("position", position)
      .put("state", "active")
      .put("url_type", null)
      .put("resource_type", null)
      .put("datastore_active", false)
      .put("uri", d.uri());
  }

  /** The DCAT fields ckanext-dcat keeps as extras (lists JSON-encoded, as it does). */
  private JsonArray extras(Entry e) {
    JsonArray x = new JsonArray();
    extra(x, "uri", e.uri());
    extra(x, "identifier", e.name());
    extra(x, "publisher_uri", e.publisher().uri());
    extra(x, "publisher_name", e.publisher().nameVi());
    extra(x, "contact_uri", e.contactUrl());
    extra(x, "theme", new JsonArray(e.euThemes().stream().map(t -> EU + "data-theme/" + t).toList()).encode());
    extra(x, "spatial_uri", e.spatial().isEmpty() ? null : EU + "country/" + e.spatial().get(0));
    extra(x, "temporal_start", date(e.temporalStart()));
    extra(x, "temporal_end", date(e.temporalEnd()));
    extra(x, "frequency", EU + "frequency/" + e.accrualPeriodicity());
    extra(x, "access_rights", EU + "access-right/" + e.accessRights());
    extra(x, "language", new JsonArray().add(EU + "language/VIE").encode());
    extra(x, "license", e.licenceUri());
    extra(x, "issued", time(e.issued()));
    extra(x, "modified", time(e.modified()));
    extra(x, "generated_demo_data", String.valueOf(e.generated()));
    return x;
  }

  private static void extra(JsonArray extras, String key, String value) {
    if (value != null) {
      extras.add(new JsonObject().put("key", key).put("value", value));
    }
  }

  private static String date(LocalDate d) {
    return d == null ? null : d.toString();
  }
}
