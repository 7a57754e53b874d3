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

  /** The folded web-search query of q, which is always parameter $1. */
  private static final String TSQUERY = "websearch_to_tsquery('simple', platform.vn_fold($1))";

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
    List<Object> ps = where.params();
    String dir = sort.ascending ? "ASC" : "DESC";
    String inner;
    if (sort == Sort.RELEVANCE) {
      // Relevance ranks the RELEVANCE_POOL most recent matches: bounded work however broad the query
      // (PostgreSQL must score every candidate it ranks). Other sorts page through every match.
      // The search vector is read again for the pool only (not carried through the sort of every match).
      inner = "SELECT c.*, ts_rank_cd(x.search, " + TSQUERY + ") AS rank FROM ("
        + "SELECT " + COLUMNS + " FROM legaldocs.open_document_row d" + where.clause()
        + " ORDER BY d.issued_date DESC, d.id DESC LIMIT " + RELEVANCE_POOL + ") c"
        + " JOIN legaldocs.open_document_row x ON x.id = c.id";
    } else {
      String rank = filters.q() != null ? "ts_rank_cd(d.search, " + TSQUERY + ")" : "NULL::real";
      inner = "SELECT " + COLUMNS + ", " + rank + " AS rank FROM legaldocs.open_document_row d" + where.clause();
    }
    String keyCondition = "";
    if (after != null) {
      ps.add(after.typedKey());
      int k = ps.size();
      ps.add(after.id());
      int i = ps.size();
      String cast = sort.column.equals("rank") ? "::real" : "";
      keyCondition = " WHERE (p." + sort.column + ", p.id) " + (sort.ascending ? ">" : "<") + " ($" + k + cast + ", $"
        + i + ")";
    }
    ps.add(limit + 1);
    String sql = "SELECT " + OUTPUT + " FROM (" + inner + ") p" + keyCondition + " ORDER BY p." + sort.column + " " + dir
      + ", p.id " + dir + " LIMIT $" + ps.size();
    return new Statement(sql, Tuple.from(ps));
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
