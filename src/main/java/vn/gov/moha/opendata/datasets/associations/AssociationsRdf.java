package vn.gov.moha.opendata.datasets.associations;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.ROV;
import org.apache.jena.vocabulary.SKOS;
import vn.gov.moha.opendata.opendata.ConceptScheme;
import vn.gov.moha.opendata.opendata.DatasetModule;
import static vn.gov.moha.opendata.opendata.Table.column;
import static vn.gov.moha.opendata.opendata.Table.filter;
import vn.gov.moha.opendata.opendata.Table;
import vn.gov.moha.opendata.opendata.Table.Type;
import vn.gov.moha.opendata.platform.rdf.Triples;
import vn.gov.moha.opendata.platform.rdf.Uris;
import vn.gov.moha.opendata.platform.rdf.Vocab.Adms;
import vn.gov.moha.opendata.platform.rdf.Vocab.Foaf;
import vn.gov.moha.opendata.platform.rdf.Vocab.Moha;
import vn.gov.moha.opendata.platform.rdf.Vocab.Schema;

/**
 * Associations and funds as W3C Registered Organizations (shared/reference/domain-notes.md §1.2): legal names in
 * Vietnamese and English, the founding decision as the {@code rov:registration} identifier, kind / status / fields
 * of activity as SKOS concepts, the head office as an {@code org:Site}, and the lifecycle as events; those that
 * change the organisation (establishment, renaming, split, merger, suspension, resumption, dissolution) are
 * {@code org:ChangeEvent}s with their original and resulting organisations.
 */
public final class AssociationsRdf extends DatasetModule {
  public static final String NAME = "associations";
  static final String KINDS = "association-kinds";
  static final String SCOPES = "association-scopes";
  static final String STATUSES = "association-statuses";
  static final String FIELDS = "association-fields";
  static final String EVENT_TYPES = "association-event-types";
  static final String PROVINCES = "provinces";
  private static final Set<String> CHANGES = Set.of("established", "renamed", "split", "merged", "suspended",
    "resumed", "dissolved");

  private static final String SELECT = "SELECT r.id, r.key, r.kind_code, r.name_vi, r.name_en, r.abbreviation, "
    + "r.scope_code, r.province_key, r.address, r.founded_date, r.founding_decision_number, r.founding_decision_date, "
    + "r.founding_decision_issuer, r.status_code, r.representative_name, r.representative_title, r.member_count, "
    + "r.website, r.state_assigned, r.origin, r.fields, r.modified_at, "
    + "(SELECT coalesce(json_agg(json_build_object('id', e.id, 'type', e.type_code, 'date', e.event_date, "
    + "'decision_number', e.decision_number, 'decision_issuer', e.decision_issuer, 'related', e.related_key, "
    + "'note', e.note) ORDER BY e.event_date, e.id), '[]'::json) FROM associations.open_event e "
    + "WHERE e.organization_id = r.id) AS events "
    + "FROM associations.open_organization r WHERE %s ORDER BY r.key";

  public AssociationsRdf() {
    super(NAME, SELECT, "/id/" + Uris.ORGANIZATION + "/", "/id/" + Uris.ORGANIZATION + "/", "key", TABLE);
  }

  @Override
  public void describe(Row r, Uris uris, Triples out) {
    String org = uris.organization(r.getString("key"));
    out.type(org, ROV.RegisteredOrganization)
      .text(org, ROV.legalName, r.getString("name_vi"), "vi")
      .text(org, ROV.legalName, r.getString("name_en"), "en")
      .text(org, SKOS.prefLabel, r.getString("name_vi"), "vi")
      .text(org, SKOS.prefLabel, r.getString("name_en"), "en")
      .text(org, SKOS.altLabel, r.getString("abbreviation"))
      .link(org, ROV.orgType, uris.concept(KINDS, r.getString("kind_code")))
      .link(org, ROV.orgStatus, uris.concept(STATUSES, r.getString("status_code")))
      .link(org, Moha.SCOPE, uris.concept(SCOPES, r.getString("scope_code")))
      .date(org, Schema.FOUNDING_DATE, r.getLocalDate("founded_date"))
      .integer(org, Moha.MEMBER_COUNT, r.getInteger("member_count"))
      .text(org, Moha.REPRESENTATIVE_NAME, r.getString("representative_name"))
      .text(org, Moha.REPRESENTATIVE_TITLE, r.getString("representative_title"), "vi")
      .link(org, Foaf.HOMEPAGE, r.getString("website"));
    if (r.getBoolean("state_assigned")) {
      out.bool(org, Moha.STATE_ASSIGNED, true);
    }
    if ("generated".equals(r.getString("origin"))) {
      out.bool(org, Moha.GENERATED, true);
    }
    for (String field : r.getArrayOfStrings("fields")) {
      out.link(org, ROV.orgActivity, uris.concept(FIELDS, field));
    }
    String province = r.getString("province_key");
    if (province != null || r.getString("address") != null) {
      String site = org + "#site";
      out.link(org, ORG.hasRegisteredSite, site)
        .link(org, ORG.hasSite, site)
        .type(site, ORG.Site)
        .text(site, RDFS.label, r.getString("address"), "vi")
        .link(site, Moha.PROVINCE, province == null ? null : uris.concept(PROVINCES, province));
    }
    if (r.getString("founding_decision_number") != null) {
      String registration = org + "#registration";
      out.link(org, ROV.registration, registration)
        .type(registration, Adms.IDENTIFIER)
        .text(registration, SKOS.notation, r.getString("founding_decision_number"))
        .date(registration, DCTerms.issued, r.getLocalDate("founding_decision_date"))
        .text(registration, Adms.SCHEMA_AGENCY, r.getString("founding_decision_issuer"), "vi");
    }
    for (Object o : (JsonArray) r.getJson("events")) {
      event(org, (JsonObject) o, uris, out);
    }
  }

  private static void event(String org, JsonObject e, Uris uris, Triples out) {
    String type = e.getString("type");
    String uri = org + "#event-" + e.getLong("id");
    String related = e.getString("related") == null ? null : uris.organization(e.getString("related"));
    out.type(uri, Moha.LIFECYCLE_EVENT)
      .link(uri, DCTerms.type, uris.concept(EVENT_TYPES, type))
      .date(uri, DCTerms.date, LocalDate.parse(e.getString("date")))
      .text(uri, Moha.DECISION_NUMBER, e.getString("decision_number"))
      .text(uri, Moha.DECISION_ISSUER, e.getString("decision_issuer"), "vi")
      .text(uri, RDFS.comment, e.getString("note"), "vi")
      .link(uri, Moha.ORGANIZATION, org);
    if (!CHANGES.contains(type)) {
      return;
    }
    out.type(uri, ORG.ChangeEvent);
    if (type.equals("established")) {
      out.link(uri, ORG.resultingOrganization, org).link(org, ORG.resultedFrom, uri);
    } else {
      out.link(uri, ORG.originalOrganization, org).link(org, ORG.changedBy, uri);
      out.link(uri, ORG.resultingOrganization, type.equals("renamed") ? org : related);
    }
  }

  private static final Table TABLE = new Table("SELECT r.key, r.name_vi, r.name_en, r.abbreviation, r.kind_vi, "
    + "r.scope_vi, r.province_name, r.address, r.founded_date, r.founding_decision_number, r.status_vi, "
    + "r.representative_name, r.representative_title, r.member_count, r.website, r.fields, r.origin "
    + "FROM associations.open_organization r WHERE %s ORDER BY r.key", List.of(
      column("key", "Mã", "Key"), column("name", "Tên", "Name"), column("name_en", "Tên tiếng Anh", "English name"),
      column("abbreviation", "Tên viết tắt", "Abbreviation"), column("kind", "Loại hình", "Kind"),
      column("scope", "Phạm vi", "Scope"), column("province", "Tỉnh, thành phố", "Province"),
      column("address", "Trụ sở", "Head office"), column("founded_date", "Ngày thành lập", "Founded", Type.DATE),
      column("founding_decision", "Quyết định thành lập", "Founding decision"), column("status", "Tình trạng", "Status"),
      column("representative", "Người đại diện", "Representative"),
      column("representative_title", "Chức danh", "Representative's title"),
      column("member_count", "Số hội viên", "Members", Type.INTEGER), column("website", "Trang web", "Website"),
      column("fields", "Lĩnh vực", "Fields", Type.ARRAY),
      column("origin", "Nguồn (generated = minh họa)", "Origin (generated = demo)")), List.of(
        filter("province", "(r.province_key = ? OR r.province_now_key = ?)",
          "Province key, e.g. T01N (Hà Nội); a merged province's organisations count for its successor too"),
        filter("kind", "r.kind_code = ?", "Kind code, e.g. HOI"),
        filter("scope", "r.scope_code = ?", "Scope code, e.g. national"),
        filter("status", "r.status_code = ?", "Status code, e.g. active")));

  @Override
  public List<ConceptScheme> schemes() {
    return List.of(
      new ConceptScheme(KINDS, "Loại hình hội, quỹ", "Kinds of associations and funds", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM associations.kind ORDER BY sort"),
      new ConceptScheme(SCOPES, "Phạm vi hoạt động", "Scopes of activity", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM associations.scope ORDER BY sort"),
      new ConceptScheme(STATUSES, "Tình trạng hoạt động", "Statuses", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM associations.status ORDER BY sort"),
      new ConceptScheme(FIELDS, "Lĩnh vực hoạt động", "Fields of activity", null,
        "SELECT code, name_vi AS vi, name_en AS en FROM associations.field ORDER BY sort"),
      new ConceptScheme(EVENT_TYPES, "Sự kiện trong quá trình hoạt động", "Lifecycle events", null,
        "SELECT code, name_vi AS vi, name_en AS en, 'association-statuses/' || sets_status AS \"link:setsStatus\" "
          + "FROM associations.event_type ORDER BY sort"));
  }

  @Override
  public String lastChangeSql() {
    return "SELECT max(modified_at) FROM associations.organization";
  }

  @Override
  public String coverageSql() {
    return "SELECT min(founded_date) AS first, max(founded_date) AS last FROM associations.organization";
  }

  @Override
  public String yearCountsSql() {
    return "SELECT extract(year FROM founded_date)::int AS year, count(*) AS n FROM associations.open_organization "
      + "WHERE founded_date IS NOT NULL GROUP BY 1 ORDER BY 1";
  }

  @Override
  public String recordClass() {
    return ROV.RegisteredOrganization.getURI();
  }
}
