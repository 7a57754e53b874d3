package vn.gov.moha.opendata.datasets.legaldocs;

import io.vertx.core.json.JsonArray;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Keyset;

/**
 * A validated list request turned into SQL: fixed fragments with $n parameters only (no input reaches the SQL
 * text), sort from a whitelist, keyset pagination by (sort key, id).
 */
public final class LegalDocQuery {
  /** The sort orders we serve, each a keyset over (key, id). */
  public enum Sort {
    ISSUED_DESC("-issued_date", "issued_date", false),
    ISSUED_ASC("issued_date", "issued_date", true),
    NUMBER_ASC("number", "number", true),
    NUMBER_DESC("-number", "number", false),
    RELEVANCE("relevance", "rank", false);

    final String param;
    final String column;
    final boolean ascending;

    Sort(String param, String column, boolean ascending) {
      this.param = param;
      this.column = column;
      this.ascending = ascending;
    }

    static Sort of(String param) {
      for (Sort s : values()) {
        if (s.param.equals(param)) {
          return s;
        }
      }
      throw ApiProblem.badRequest("invalid-parameter", "Unknown sort " + param, new FieldError("sort", "query",
        "unknown sort"));
    }
  }

  /** The filters of one request, as validated by the router. */
  public record Filters(String q, String number, String type, String kind, String issuer, String field, String status,
                        LocalDate issuedFrom, LocalDate issuedTo, LocalDate effectiveOn) {
  }

  /** A position in a keyset: the sort key of the last row served and its id. */
  public record Cursor(Sort sort, String key, long id) {
    public String encode() {
      return Keyset.encode(sort.param, key, id);
    }

    public static Cursor decode(String value, Sort expected) {
      Keyset.Position p = Keyset.decode(value, expected.param, k -> new Cursor(expected, k, 0).typedKey());
      return new Cursor(expected, p.key(), p.id());
    }

    Object typedKey() {
      return switch (sort.column) {
        case "issued_date" -> LocalDate.parse(key);
        case "rank" -> Float.parseFloat(key);
        default -> key;
      };
    }
  }

  /** How many of the most recent matches relevance ranking considers. */
  public static final int RELEVANCE_POOL = 1000;

  /**
   * The summary's columns, first in every read statement (LegalDocJson reads them by position). From the lean view
   * {@code legaldocs.open_document_row} (V045): no label joins; LegalDocJson labels from the code lists. Through
   * {@code legaldocs.open_document} (3 label joins) PostgreSQL planned 1.8 ms for a 0.6 ms list of 50 by type and
   * status (20 000 documents); on the lean view 0.15 ms + 0.18 ms, the same index scan (document_type_idx).
   */
  static final String COLUMNS = "d.id, d.number, d.type_code, d.title, d.issuer_code, d.signer_name, d.signer_title, "
    + "d.issued_date, d.effective_date, d.expiry_date, d.status_code, d.fields, d.summary, d.modified_at, d.eli_path";

  /**
   * The folded web-search query of q, which is always parameter $1: a scalar subquery, so PostgreSQL folds and parses
   * it once per statement (an InitPlan) rather than for every month probed and every row ranked — under a generic plan
   * nothing folds it otherwise. Measured on 1 000 000 documents (psql, custom plans): relevance 22–25 → 15–17 ms.
   */
  private static final String TSQUERY = "(SELECT websearch_to_tsquery('simple', platform.vn_fold($1)))";

  private static final String OUTPUT = COLUMNS.replace("d.", "p.") + ", p.rank";

  private final Where where = new Where();
  private final Filters filters;
  private final Sort sort;

  /** The query of validated filters; {@code codes} resolve the kind filter to its document types. */
  public LegalDocQuery(Filters filters, Sort sort, CodeLists codes) {
    this.filters = filters;
    this.sort = sort;
    if (filters.q() != null) {
      where.param(filters.q()); // always $1: TSQUERY refers to it
      where.and("d.search @@ " + TSQUERY);
    }
    where.eq("d.number", filters.number());
    where.eq("d.type_code", filters.type());
    if (filters.kind() != null) {
      // the kind is the document type's: same rows as open_document's t.kind = $n, on document_type_idx or the
      // issued-date order (the view has no kind column and no join to the types)
      where.and("d.type_code = ANY(" + where.param(codes.typesOfKind(filters.kind())) + "::text[])");
    }
    where.eq("d.issuer_code", filters.issuer());
    where.eq("d.status_code", filters.status());
    if (filters.field() != null) {
      where.and("d.fields @> ARRAY[" + where.param(filters.field()) + "::text]");
    }
    if (filters.issuedFrom() != null) {
      where.and("d.issued_date >= " + where.param(filters.issuedFrom()));
    }
    if (filters.issuedTo() != null) {
      where.and("d.issued_date <= " + where.param(filters.issuedTo()));
    }
    if (filters.effectiveOn() != null) {
      String p = where.param(filters.effectiveOn());
      where.and("d.effective_date <= " + p + " AND (d.expiry_date IS NULL OR d.expiry_date >= " + p + ")");
    }
  }

  /** One page: limit + 1 rows, so the caller knows whether a next page exists. */
  public Statement page(Cursor after, int limit) {
    if (filters.q() != null && sort != Sort.NUMBER_ASC && sort != Sort.NUMBER_DESC) {
      return byMonth(after, limit);
    }
    List<Object> ps = where.params();
    String dir = sort.ascending ? "ASC" : "DESC";
    String rank = filters.q() != null ? "ts_rank_cd(d.search, " + TSQUERY + ")" : "NULL::real";
    String inner = "SELECT " + COLUMNS + ", " + rank + " AS rank FROM legaldocs.open_document_row d" + where.clause();
    String keyCondition = "";
    if (after != null) {
      keyCondition = " WHERE " + beyond("p", sort.column, "", sort.ascending, after.typedKey(), after.id(), ps);
    }
    ps.add(limit + 1);
    String sql = "SELECT " + OUTPUT + " FROM (" + inner + ") p" + keyCondition + " ORDER BY p." + sort.column + " " + dir
      + ", p.id " + dir + " LIMIT $" + ps.size();
    return new Statement(sql, Tuple.from(ps));
  }

  /**
   * A search by relevance or by date, one month of issue at a time (V046's index keys the search vector by month):
   * the months are asked newest first (oldest first for {@code issued_date}) and the scan stops as soon as it has the
   * rows it needs, so a query costs the matches it serves, not every match. Relevance ranks the RELEVANCE_POOL most
   * recent matches (bounded work however broad the query: PostgreSQL must score every candidate it ranks); the date
   * sorts need limit + 1 rows after the cursor. The months' rows come out of the nested loop in the series' order,
   * each month sorted (the LIMIT keeps the first rows: the newest); the outer ORDER BY orders the kept rows again.
   */
  private Statement byMonth(Cursor after, int limit) {
    List<Object> ps = where.params();
    boolean ascending = sort == Sort.ISSUED_ASC;
    String dir = ascending ? "ASC" : "DESC";
    LocalDate from = filters.issuedFrom();
    LocalDate to = filters.issuedTo();
    if (filters.effectiveOn() != null && (to == null || filters.effectiveOn().isBefore(to))) {
      to = filters.effectiveOn(); // in force on that day: issued_date <= effective_date <= effective_on
    }
    String keyCondition = "";
    if (after != null && sort != Sort.RELEVANCE) {
      LocalDate key = (LocalDate) after.typedKey();
      if (ascending) {
        from = from == null || key.isAfter(from) ? key : from;
      } else {
        to = to == null || key.isBefore(to) ? key : to;
      }
      keyCondition = " AND " + beyond("d", "issued_date", "", ascending, key, after.id(), ps);
    }
    String first = bound("min", from, ps, true);
    String last = bound("max", to, ps, false);
    String months = ascending ? first + ", " + last + ", 1" : last + ", " + first + ", -1";
    int rows = sort == Sort.RELEVANCE ? RELEVANCE_POOL : limit + 1;
    String month = "SELECT " + COLUMNS + ", d.search FROM legaldocs.open_document_row d" + where.clause()
      + " AND legaldocs.issued_month(d.issued_date) = m.no" + keyCondition + " ORDER BY d.issued_date " + dir + ", d.id "
      + dir;
    String inner = "SELECT c.*, ts_rank_cd(c.search, " + TSQUERY + ") AS rank FROM (SELECT b.* FROM generate_series("
      + months + ") m(no) CROSS JOIN LATERAL (" + month + ") b LIMIT " + rows + ") c";
    String outerKey = "";
    if (after != null && sort == Sort.RELEVANCE) {
      outerKey = " WHERE " + beyond("p", "rank", "::real", false, after.typedKey(), after.id(), ps);
    }
    ps.add(limit + 1);
    String sql = "SELECT " + OUTPUT + " FROM (" + inner + ") p" + outerKey + " ORDER BY p." + sort.column + " " + dir
      + ", p.id " + dir + " LIMIT $" + ps.size();
    return new Statement(sql, Tuple.from(ps));
  }

  /**
   * The keyset condition of a cursor: rows of {@code alias} past (key, id) in the sort's direction, e.g.
   * {@code (p.number, p.id) > ($4, $5)}; the key and the id are added to {@code ps}.
   */
  private static String beyond(String alias, String column, String cast, boolean ascending, Object key, long id,
                               List<Object> ps) {
    ps.add(key);
    int k = ps.size();
    ps.add(id);
    return "(" + alias + "." + column + ", " + alias + ".id) " + (ascending ? ">" : "<") + " ($" + k + cast + ", $"
      + ps.size() + ")";
  }

  /**
   * The first or last month to search: of the oldest or newest document, or of {@code date} when it is given and
   * narrower (a filter's or the cursor's).
   */
  private static String bound(String agg, LocalDate date, List<Object> ps, boolean lower) {
    String table = "(SELECT legaldocs.issued_month(" + agg + "(issued_date)) FROM legaldocs.document)";
    if (date == null) {
      return table;
    }
    ps.add(date.getYear() * 12 + date.getMonthValue()); // legaldocs.issued_month(date)
    return (lower ? "greatest(" : "least(") + table + ", $" + ps.size() + ")";
  }

  public Statement count() {
    return new Statement("SELECT count(*) FROM legaldocs.open_document_row d" + where.clause(), where.tuple());
  }

  /** SQL text and its parameters. */
  public record Statement(String sql, Tuple params) {
  }

  static JsonArray array(List<String> values) {
    return new JsonArray(new ArrayList<>(values));
  }
}
