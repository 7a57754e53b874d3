package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.validation.ValidatedRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Publisher;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.ProblemHandler;
import vn.gov.moha.opendata.platform.http.Requests;

/**
 * The CKAN-style read API at {@code /api/3/action/}, as CKAN 2.10 answers it, so that CKAN harvesters (ckanext-harvest,
 * the national data portal) and clients (ckanapi) read the catalogue unchanged: every action by GET with query
 * parameters or POST with a JSON object, the answer in CKAN's envelope {@code {"help", "success", "result"}}; errors
 * in CKAN's error envelope (written by {@link ProblemHandler}).
 */
public final class CkanApi {
  /** What status_show says we are: a CKAN version harvesters accept, and in {@code extensions} what we really are. */
  public static final String CKAN_VERSION = "2.10.4";
  static final int ROWS_MAX = 1000;

  private final Catalogue catalogue;
  private final CkanPackage packages;
  private final String base;

  public CkanApi(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.packages = new CkanPackage(catalogue.uris());
    this.base = catalogue.uris().base();
  }

  /** operationId → handler: each action by GET ({@code ckanPackageSearch}) and by POST ({@code …Post}). */
  public Map<String, Handler<RoutingContext>> handlers() {
    Map<String, Function<JsonObject, Future<Object>>> actions = new LinkedHashMap<>();
    actions.put("PackageList", this::packageList);
    actions.put("PackageShow", this::packageShow);
    actions.put("PackageSearch", this::packageSearch);
    actions.put("CurrentPackageListWithResources", this::currentPackageList);
    actions.put("OrganizationList", this::organizationList);
    actions.put("OrganizationShow", this::organizationShow);
    actions.put("StatusShow", p -> Future.succeededFuture(status()));
    actions.put("HelpShow", p -> Future.succeededFuture(CkanHelp.text(str(p, "name"), base)));
    Map<String, Handler<RoutingContext>> out = new LinkedHashMap<>();
    actions.forEach((name, action) -> {
      Handler<RoutingContext> h = rc -> {
        try {
          action.apply(params(rc)).onSuccess(result -> respond(rc, result)).onFailure(rc::fail);
        } catch (ApiProblem bad) {
          rc.fail(bad);
        }
      };
      out.put("ckan" + name, h);
      out.put("ckan" + name + "Post", h);
    });
    return out;
  }

  private void respond(RoutingContext rc, Object result) {
    String action = rc.request().path().substring(ProblemHandler.CKAN_ACTIONS.length());
    rc.response().putHeader("Content-Type", "application/json;charset=utf-8")
      .end(new JsonObject().put("help", ProblemHandler.ckanHelp(base, action)).put("success", true)
        .put("result", result).encode());
  }

  /**
   * The action's parameters: the JSON object of a POST, else the query parameters as text, as CKAN reads them. The
   * query is taken as Vert.x decoded it once, after the router validated it: the validated copy of vertx-openapi 5.0
   * decodes a value a second time, which turns the '+' of Solr's {@code +field:x} and {@code NOW+1DAY} into a space.
   */
  private static JsonObject params(RoutingContext rc) {
    ValidatedRequest v = Requests.validated(rc);
    if (rc.request().method() == HttpMethod.POST) {
      return v.getBody() == null || v.getBody().isNull() ? new JsonObject() : v.getBody().getJsonObject();
    }
    JsonObject p = new JsonObject();
    rc.queryParams().forEach((name, value) -> p.put(name, value));
    return p;
  }

  private Future<Object> packageList(JsonObject p) {
    int limit = natural(p, "limit", Integer.MAX_VALUE);
    int offset = natural(p, "offset", 0);
    return catalogue.entries().map(all -> new JsonArray(all.stream().map(Entry::name).sorted().skip(offset)
      .limit(limit).map(Object.class::cast).toList()));
  }

  private Future<Object> packageShow(JsonObject p) {
    String id = Optional.ofNullable(str(p, "id")).orElse(str(p, "name_or_id"));
    if (id == null || id.isBlank()) {
      return Future.failedFuture(validation("name_or_id", "Missing value"));
    }
    return catalogue.entries().map(all -> all.stream()
      .filter(e -> e.name().equals(id) || CkanPackage.id(e.uri()).equals(id)).findFirst()
      .map(packages::toJson).orElseThrow(() -> ApiProblem.notFound("Not found")));
  }

  private Future<Object> packageSearch(JsonObject p) {
    CkanSearch.Request r = searchRequest(p);
    return catalogue.entries().map(all -> {
      try {
        return CkanSearch.run(all.stream().map(packages::toJson).toList(), r, Instant.now());
      } catch (CkanSearch.Invalid e) {
        throw e.sort()
          ? new ApiProblem(400, ProblemHandler.CKAN_SEARCH_QUERY, "Search Query Error",
            "Search Query is invalid: ('" + e.getMessage() + "',)", List.of())
          : new ApiProblem(409, ProblemHandler.CKAN_SEARCH, "Search Error",
            "Search error: ('SOLR returned an error running query: " + e.getMessage() + "',)", List.of());
      }
    });
  }

  /** package_search's parameters as CKAN validates them; {@code rows} above 1000 is lowered to 1000, as CKAN does. */
  static CkanSearch.Request searchRequest(JsonObject p) {
    List<String> fq = new ArrayList<>();
    Optional.ofNullable(str(p, "fq")).filter(s -> !s.isBlank()).ifPresent(fq::add);
    strings(p, "fq_list").forEach(fq::add);
    List<String> facets = p.containsKey("facet.field") ? strings(p, "facet.field") : CkanSearch.DEFAULT_FACETS;
    String sort = Optional.ofNullable(str(p, "sort")).filter(s -> !s.isBlank()).orElse(CkanSearch.DEFAULT_SORT);
    return new CkanSearch.Request(str(p, "q"), fq, Math.min(natural(p, "rows", 10), ROWS_MAX),
      natural(p, "start", 0), sort, facets, integer(p, "facet.limit", 50), natural(p, "facet.mincount", 1));
  }

  private Future<Object> currentPackageList(JsonObject p) {
    int limit = natural(p, "limit", ROWS_MAX);
    int page = natural(p, "page", 0);
    int offset = page > 0 ? (page - 1) * limit : natural(p, "offset", 0);
    return catalogue.entries().map(all -> new JsonArray(all.stream()
      .sorted(Comparator.comparing(Entry::modified).reversed()).skip(offset).limit(limit)
      .map(e -> (Object) packages.toJson(e)).toList()));
  }

  /** The publishers of catalogued datasets, with how many each publishes. */
  private Future<Map<String, JsonObject>> organizations() {
    return catalogue.entries().map(all -> {
      Map<String, Publisher> units = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Entry e : all) {
        String name = CkanPackage.organizationName(e.publisher().code());
        units.put(name, e.publisher());
        counts.merge(name, 1, Integer::sum);
      }
      Map<String, JsonObject> out = new java.util.TreeMap<>();
      units.forEach((name, u) -> out.put(name, packages.organization(u, counts.get(name))));
      return out;
    });
  }

  private Future<Object> organizationList(JsonObject p) {
    boolean all = bool(p, "all_fields");
    String sort = Optional.ofNullable(str(p, "sort")).orElse("name asc").trim();
    int limit = natural(p, "limit", ROWS_MAX);
    int offset = natural(p, "offset", 0);
    Comparator<JsonObject> order = switch (sort.split("\\s+")[0]) {
      case "name" -> Comparator.comparing(o -> o.getString("name"));
      case "title" -> Comparator.comparing(o -> vn.gov.moha.opendata.platform.text.Fold.fold(o.getString("title")));
      case "package_count" -> Comparator.comparing(o -> o.getInteger("package_count"));
      default -> throw validation("sort", "Cannot sort by field `" + sort.split("\\s+")[0] + "`");
    };
    Comparator<JsonObject> directed = sort.endsWith(" desc") ? order.reversed() : order;
    return organizations().map(orgs -> new JsonArray(orgs.values().stream().sorted(directed).skip(offset).limit(limit)
      .map(o -> all ? (Object) o : o.getString("name")).toList()));
  }

  private Future<Object> organizationShow(JsonObject p) {
    String id = str(p, "id");
    if (id == null || id.isBlank()) {
      return Future.failedFuture(validation("id", "Missing value"));
    }
    boolean datasets = bool(p, "include_datasets");
    return organizations().compose(orgs -> {
      JsonObject org = orgs.values().stream().filter(o -> o.getString("name").equals(id)
        || o.getString("id").equals(id)).findFirst().orElseThrow(() -> ApiProblem.notFound("Not found"));
      if (!datasets) {
        return Future.succeededFuture(org);
      }
      return catalogue.entries().map(all -> org.copy().put("packages", new JsonArray(all.stream()
        .filter(e -> CkanPackage.organizationName(e.publisher().code()).equals(org.getString("name")))
        .map(e -> (Object) packages.toJson(e)).toList())));
    });
  }

  private JsonObject status() {
    return new JsonObject()
      .put("site_url", base)
      .put("site_title", "Dữ liệu mở Bộ Nội vụ — Open data of the Ministry of Home Affairs")
      .put("site_description", "Cổng dữ liệu mở của Bộ Nội vụ (Việt Nam). Open data of Vietnam's Ministry of Home "
        + "Affairs.")
      .put("locale_default", "vi")
      .put("locales_offered", new JsonArray().add("vi").add("en"))
      .put("error_emails_to", null)
      .put("api_version", 3)
      .put("ckan_version", CKAN_VERSION)
      .put("extensions", new JsonArray().add("moha-opendata"))
      .put("moha_opendata", new JsonObject()
        .put("note", "Not CKAN: moha-opendata answers the read actions of CKAN " + CKAN_VERSION + "'s action API "
          + "(package_list, package_show, package_search, current_package_list_with_resources, organization_list, "
          + "organization_show, status_show, help_show) from its own catalogue; ckan_version is the API it is "
          + "compatible with.")
        .put("dcat", base + "/catalog")
        .put("openapi", base + "/openapi.yaml"));
  }

  // ---- parameters as CKAN's validators read them (strings or JSON values)

  static ApiProblem validation(String field, String message) {
    return new ApiProblem(409, ProblemHandler.CKAN_VALIDATION, "Validation Error", field + ": " + message,
      List.of(new FieldError(field, "query", message)));
  }

  static String str(JsonObject p, String name) {
    Object v = p.getValue(name);
    return v == null ? null : String.valueOf(v);
  }

  static boolean bool(JsonObject p, String name) {
    String v = str(p, name);
    return v != null && (v.equalsIgnoreCase("true") || v.equals("1") || v.equalsIgnoreCase("yes"));
  }

  /** An integer (a number or a string of one); CKAN's "Invalid integer" otherwise. */
  static int integer(JsonObject p, String name, int def) {
    String v = str(p, name);
    if (v == null || v.isBlank()) {
      return def;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw validation(name, "Invalid integer");
    }
  }

  /** CKAN's natural_number_validator: an integer ≥ 0. */
  static int natural(JsonObject p, String name, int def) {
    int n = integer(p, name, def);
    if (n < 0) {
      throw validation(name, "Must be a natural number");
    }
    return n;
  }

  /** A list of strings: a JSON array, or a string holding one (CKAN's convert_to_json_if_string), or one string. */
  static List<String> strings(JsonObject p, String name) {
    Object v = p.getValue(name);
    if (v == null) {
      return List.of();
    }
    if (v instanceof String s) {
      if (!s.trim().startsWith("[")) {
        return s.isBlank() ? List.of() : List.of(s);
      }
      try {
        v = new JsonArray(s);
      } catch (DecodeException e) {
        throw validation(name, "Could not parse as valid JSON");
      }
    }
    if (v instanceof JsonArray a && a.stream().allMatch(String.class::isInstance)) {
      return a.stream().map(String.class::cast).toList();
    }
    throw validation(name, "Not a list of strings");
  }
}
