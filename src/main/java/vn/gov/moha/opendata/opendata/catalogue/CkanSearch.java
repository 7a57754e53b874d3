package vn.gov.moha.opendata.opendata.catalogue;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import vn.gov.moha.opendata.platform.text.Fold;

/**
 * CKAN's {@code package_search} over package dicts, in memory (the catalogue holds dozens of datasets, not
 * thousands): the query ({@link CkanQuery}), filters, sort orders and facets as Solr gives them to CKAN.
 */
public final class CkanSearch {
  /** CKAN's default facets when none are asked for. */
  public static final List<String> DEFAULT_FACETS = List.of("organization", "tags", "res_format", "groups",
    "license_id");
  public static final String DEFAULT_SORT = "score desc, metadata_modified desc";

  /** How a field is searched: words (folded), exact strings, instants or numbers. */
  enum Kind { TEXT, STRING, DATE, NUMBER }

  private static final Map<String, Kind> FIELDS = Map.ofEntries(
    Map.entry("text", Kind.TEXT), Map.entry("title", Kind.TEXT), Map.entry("notes", Kind.TEXT),
    Map.entry("id", Kind.STRING), Map.entry("name", Kind.STRING), Map.entry("organization", Kind.STRING),
    Map.entry("owner_org", Kind.STRING), Map.entry("tags", Kind.STRING), Map.entry("groups", Kind.STRING),
    Map.entry("res_format", Kind.STRING), Map.entry("res_mimetype", Kind.STRING), Map.entry("res_url", Kind.STRING),
    Map.entry("license_id", Kind.STRING), Map.entry("state", Kind.STRING), Map.entry("type", Kind.STRING),
    Map.entry("dataset_type", Kind.STRING), Map.entry("capacity", Kind.STRING), Map.entry("private", Kind.STRING),
    Map.entry("title_string", Kind.STRING), Map.entry("site_id", Kind.STRING),
    Map.entry("metadata_modified", Kind.DATE), Map.entry("metadata_created", Kind.DATE),
    Map.entry("num_resources", Kind.NUMBER), Map.entry("num_tags", Kind.NUMBER));

  /** The kind of a searchable field ({@code extras_*} are strings), or null when the index has no such field. */
  static Kind kind(String field) {
    return field.startsWith("extras_") ? Kind.STRING : FIELDS.get(field);
  }

  /**
   * A package_search request, validated.
   *
   * @param fq          the filter queries, all must match
   * @param facetFields the fields to count values of
   */
  public record Request(String q, List<String> fq, int rows, int start, String sort, List<String> facetFields,
                        int facetLimit, int facetMinCount) {
  }

  /** A query could not be run: {@code sort} is a bad sort (CKAN's 400), otherwise Solr refused it (409). */
  public static final class Invalid extends RuntimeException {
    private final boolean sort;

    Invalid(String message, boolean sort) {
      super(message, null, false, false);
      this.sort = sort;
    }

    public boolean sort() {
      return sort;
    }
  }

  /** A package dict with the values each field is searched by. */
  static final class Doc {
    final JsonObject pkg;
    private final Map<String, List<String>> values = new HashMap<>();
    private final Map<String, List<String>> words = new HashMap<>();

    Doc(JsonObject pkg) {
      this.pkg = pkg;
      JsonObject org = pkg.getJsonObject("organization");
      put("id", pkg.getString("id"));
      put("name", pkg.getString("name"));
      put("title_string", pkg.getString("title"));
      put("organization", org.getString("name"));
      put("owner_org", pkg.getString("owner_org"));
      put("license_id", pkg.getString("license_id"));
      put("state", pkg.getString("state"));
      put("type", pkg.getString("type"));
      put("dataset_type", pkg.getString("type"));
      put("capacity", "public");
      put("private", String.valueOf(pkg.getBoolean("private")));
      put("metadata_modified", instant(pkg.getString("metadata_modified")));
      put("metadata_created", instant(pkg.getString("metadata_created")));
      put("num_resources", String.valueOf(pkg.getInteger("num_resources")));
      put("num_tags", String.valueOf(pkg.getInteger("num_tags")));
      each(pkg.getJsonArray("tags"), t -> put("tags", t.getString("name")));
      each(pkg.getJsonArray("groups"), g -> put("groups", g.getString("name")));
      each(pkg.getJsonArray("resources"), r -> {
        put("res_format", r.getString("format"));
        put("res_mimetype", r.getString("mimetype"));
        put("res_url", r.getString("url"));
      });
      each(pkg.getJsonArray("extras"), x -> put("extras_" + x.getString("key"), x.getString("value")));
      JsonObject titles = pkg.getJsonObject("title_translated");
      JsonObject notes = pkg.getJsonObject("notes_translated");
      words.put("title", Fold.words(titles.getString("vi") + " " + titles.getString("en")));
      words.put("notes", Fold.words(notes.getString("vi") + " " + notes.getString("en")));
      StringBuilder all = new StringBuilder(pkg.getString("name")).append(' ').append(org.getString("title"))
        .append(' ').append(org.getString("name")).append(' ').append(org.getString("description"));
      values.getOrDefault("tags", List.of()).forEach(t -> all.append(' ').append(t));
      each(pkg.getJsonArray("groups"), g -> all.append(' ').append(g.getString("title")));
      List<String> text = new ArrayList<>(words.get("title"));
      text.addAll(words.get("notes"));
      text.addAll(Fold.words(all.toString()));
      words.put("text", text);
    }

    private static String instant(String ckanTime) {
      return ckanTime == null ? null : LocalDateTime.parse(ckanTime).toInstant(ZoneOffset.UTC).toString();
    }

    private void put(String field, String value) {
      if (value != null) {
        values.computeIfAbsent(field, k -> new ArrayList<>()).add(value);
      }
    }

    private static void each(JsonArray a, java.util.function.Consumer<JsonObject> f) {
      a.stream().map(JsonObject.class::cast).forEach(f);
    }

    List<String> values(String field) {
      return values.getOrDefault(field, List.of());
    }

    List<String> words(String field) {
      return words.getOrDefault(field, List.of());
    }

    /** Relevance: how often the query's words occur, a word of the title three times, of a tag twice. */
    double score(List<String> terms) {
      if (terms.isEmpty()) {
        return 1;
      }
      List<String> tagWords = Fold.words(String.join(" ", values("tags")));
      double s = 0;
      for (String t : terms) {
        s += 3 * count(words("title"), t) + 2 * count(tagWords, t) + count(words("text"), t);
      }
      return s;
    }

    private static long count(List<String> words, String w) {
      return words.stream().filter(w::equals).count();
    }
  }

  private CkanSearch() {
  }

  /** Runs a search over the package dicts: {@code {count, results, sort, facets, search_facets}}. */
  public static JsonObject run(List<JsonObject> packages, Request r, Instant now) {
    Comparator<Scored> order = comparator(r.sort());
    List<String> terms = new ArrayList<>();
    Predicate<Doc> match;
    try {
      match = CkanQuery.parse(r.q(), now, terms);
      for (String fq : r.fq()) {
        match = match.and(CkanQuery.parse(fq, now, new ArrayList<>()));
      }
    } catch (CkanQuery.SyntaxError e) {
      throw new Invalid(e.getMessage(), false);
    }
    List<Scored> hits = new ArrayList<>();
    for (JsonObject p : packages) {
      Doc d = new Doc(p);
      if (match.test(d)) {
        hits.add(new Scored(d, d.score(terms)));
      }
    }
    hits.sort(order);
    JsonArray results = new JsonArray();
    hits.stream().skip(r.start()).limit(r.rows()).forEach(h -> results.add(h.doc().pkg));
    JsonObject facets = new JsonObject();
    JsonObject searchFacets = new JsonObject();
    for (String field : r.facetFields()) {
      facet(field, hits, r, facets, searchFacets);
    }
    return new JsonObject().put("count", hits.size()).put("results", results).put("sort", r.sort())
      .put("facets", facets).put("search_facets", searchFacets);
  }

  record Scored(Doc doc, double score) {
  }

  private static void facet(String field, List<Scored> hits, Request r, JsonObject facets, JsonObject searchFacets) {
    if (kind(field) == null) {
      throw new Invalid("undefined field " + field, false);
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    Map<String, String> display = new HashMap<>();
    for (Scored h : hits) {
      h.doc().values(field).stream().distinct().forEach(v -> counts.merge(v, 1, Integer::sum));
      labels(field, h.doc().pkg, display);
    }
    List<Map.Entry<String, Integer>> items = counts.entrySet().stream()
      .filter(e -> e.getValue() >= r.facetMinCount())
      .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
      .limit(r.facetLimit() < 0 ? Long.MAX_VALUE : r.facetLimit()).toList();
    JsonObject plain = new JsonObject();
    JsonArray list = new JsonArray();
    for (Map.Entry<String, Integer> e : items) {
      plain.put(e.getKey(), e.getValue());
      list.add(new JsonObject().put("name", e.getKey()).put("display_name", display.getOrDefault(e.getKey(),
        e.getKey())).put("count", e.getValue()));
    }
    facets.put(field, plain);
    searchFacets.put(field, new JsonObject().put("title", field).put("items", list));
  }

  /** The titles CKAN shows for organisation and group names; other values show as they are. */
  private static void labels(String field, JsonObject pkg, Map<String, String> out) {
    if (field.equals("organization")) {
      JsonObject org = pkg.getJsonObject("organization");
      out.put(org.getString("name"), org.getString("title"));
    } else if (field.equals("groups")) {
      pkg.getJsonArray("groups").stream().map(JsonObject.class::cast)
        .forEach(g -> out.put(g.getString("name"), g.getString("title")));
    }
  }

  /** Solr's sort: comma-separated "field asc|desc"; ties keep the name order so that pages are stable. */
  static Comparator<Scored> comparator(String sort) {
    Comparator<Scored> out = null;
    for (String part : sort.trim().split("\\s*,\\s*")) {
      String[] fd = part.trim().split("\\s+");
      if (fd.length != 2 || !(fd[1].equalsIgnoreCase("asc") || fd[1].equalsIgnoreCase("desc"))) {
        throw new Invalid("Invalid \"sort\" parameter", true);
      }
      Comparator<Scored> c = switch (fd[0]) {
        case "score" -> Comparator.comparingDouble(Scored::score);
        case "name", "id", "metadata_modified", "metadata_created" ->
          Comparator.comparing(s -> s.doc().pkg.getString(fd[0]));
        case "title_string", "title" -> Comparator.comparing(s -> Fold.fold(s.doc().pkg.getString("title")));
        case "num_resources", "num_tags" -> Comparator.comparingInt(s -> s.doc().pkg.getInteger(fd[0]));
        default -> throw new Invalid("Invalid \"sort\" parameter", true);
      };
      c = fd[1].equalsIgnoreCase("desc") ? c.reversed() : c;
      out = out == null ? c : out.thenComparing(c);
    }
    return out.thenComparing(s -> s.doc().pkg.getString("name"));
  }
}
