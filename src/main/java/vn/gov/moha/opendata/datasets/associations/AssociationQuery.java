package vn.gov.moha.opendata.datasets.associations;

import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Keyset;

/**
 * A validated list request turned into SQL over associations.open_organization: fixed fragments with $n parameters
 * (no input reaches the SQL text), sort from a whitelist, keyset pagination by (sort key, id).
 */
final class AssociationQuery {
  /** Sort orders, each a keyset over (key, id); NULL founding dates sort last. */
  enum Sort {
    NAME("name", "sort_name", true),
    FOUNDED_DESC("-founded_date", "founded_date", false),
    FOUNDED_ASC("founded_date", "founded_date", true),
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
      throw ApiProblem.badRequest("invalid-parameter", "Unknown sort " + param,
        new FieldError("sort", "query", "unknown sort"));
    }
  }

  record Filters(String q, String kind, String scope, String province, String field, String status,
                 LocalDate foundedFrom, LocalDate foundedTo) {
  }

  /** A position in a keyset: the sort key of the last row served (null for a NULL key) and its id. */
  record Cursor(Sort sort, String key, long id) {
    String encode() {
      return Keyset.encode(sort.param, key, id);
    }

    static Cursor decode(String value, Sort expected) {
      Keyset.Position p = Keyset.decode(value, expected.param, k -> new Cursor(expected, k, 0).typedKey());
      return new Cursor(expected, p.key(), p.id());
    }

    Object typedKey() {
      if (key == null) {
        return null;
      }
      return switch (sort.column) {
        case "founded_date" -> LocalDate.parse(key);
        case "rank" -> Float.parseFloat(key);
        default -> key;
      };
    }
  }

  static final String COLUMNS = "o.id, o.key, o.kind_code, o.family, o.kind_vi, o.kind_en, o.name_vi, o.name_en, "
    + "o.abbreviation, o.scope_code, o.scope_vi, o.scope_en, o.province_key, o.province_name, o.province_valid_to, "
    + "o.province_now_key, o.province_now_name, o.founded_date, o.status_code, o.status_vi, o.status_en, o.fields, "
    + "o.state_assigned, o.origin";
  private static final String TSQUERY = "websearch_to_tsquery('simple', platform.vn_fold($1))";

  private final Where where = new Where();
  private final Filters filters;
  private final Sort sort;

  AssociationQuery(Filters filters, Sort sort) {
    this.filters = filters;
    this.sort = sort;
    if (filters.q() != null) {
      where.param(filters.q()); // always $1: TSQUERY refers to it
      where.and("o.search @@ " + TSQUERY);
    }
    where.eq("o.kind_code", filters.kind());
    where.eq("o.scope_code", filters.scope());
    where.eq("o.status_code", filters.status());
    if (filters.province() != null) {
      String p = where.param(filters.province());
      where.and("(o.province_key = " + p + " OR o.province_now_key = " + p + ")");
    }
    if (filters.field() != null) {
      where.and("o.fields @> ARRAY[" + where.param(filters.field()) + "::text]");
    }
    if (filters.foundedFrom() != null) {
      where.and("o.founded_date >= " + where.param(filters.foundedFrom()));
    }
    if (filters.foundedTo() != null) {
      where.and("o.founded_date <= " + where.param(filters.foundedTo()));
    }
  }

  /** One page: limit + 1 rows, so the caller knows whether a next page exists. */
  Statement page(Cursor after, int limit) {
    List<Object> ps = where.params();
    String rank = filters.q() != null ? "ts_rank_cd(o.search, " + TSQUERY + ")" : "NULL::real";
    String inner = "SELECT " + COLUMNS + ", platform.vn_fold(o.name_vi) AS sort_name, " + rank + " AS rank "
      + "FROM associations.open_organization o" + where.clause();
    String dir = sort.ascending ? "ASC" : "DESC";
    // NULL keys (unknown founding date) come last in either direction
    String order = " ORDER BY p." + sort.column + " " + dir + " NULLS LAST, p.id " + dir;
    String keyCondition = "";
    if (after != null) {
      ps.add(after.id());
      int i = ps.size();
      String cmp = sort.ascending ? ">" : "<";
      if (after.key() == null) {
        keyCondition = " WHERE p." + sort.column + " IS NULL AND p.id " + cmp + " $" + i;
      } else {
        ps.add(after.typedKey());
        int k = ps.size();
        String cast = sort.column.equals("rank") ? "::real" : sort.column.equals("founded_date") ? "::date" : "";
        keyCondition = " WHERE ((p." + sort.column + ", p.id) " + cmp + " ($" + k + cast + ", $" + i + ") OR p."
          + sort.column + " IS NULL)";
      }
    }
    ps.add(limit + 1);
    return new Statement("SELECT * FROM (" + inner + ") p" + keyCondition + order + " LIMIT $" + ps.size(),
      Tuple.from(ps));
  }

  Statement count() {
    return new Statement("SELECT count(*) FROM associations.open_organization o" + where.clause(), where.tuple());
  }

  record Statement(String sql, Tuple params) {
  }
}
