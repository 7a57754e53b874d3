package vn.gov.moha.opendata.datasets.awards;

import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import vn.gov.moha.opendata.platform.db.Where;
import vn.gov.moha.opendata.platform.http.ApiProblem;
import vn.gov.moha.opendata.platform.http.ApiProblem.FieldError;
import vn.gov.moha.opendata.platform.http.Keyset;

/**
 * A validated list request turned into SQL over awards.open_award_row: fixed fragments with $n parameters (no input
 * reaches the SQL text), sort from a whitelist, keyset pagination by (sort key, id).
 */
final class AwardQuery {
  /** Sort orders, each a keyset over (key, id). */
  enum Sort {
    DATE_DESC("-decision_date", "decision_date", false),
    DATE_ASC("decision_date", "decision_date", true),
    NAME("name", "sort_name", true),
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

  record Filters(String q, String type, String typePrefix, String kind, Integer year, LocalDate decidedFrom,
                 LocalDate decidedTo, String body, String province, String recipientKind, String decider,
                 Boolean stateLevel, Boolean withdrawn) {
  }

  /** A position in a keyset: the sort key of the last row served and its id. */
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
        throw new IllegalArgumentException("no NULL keys in this sort");
      }
      return switch (sort.column) {
        case "decision_date" -> LocalDate.parse(key);
        case "rank" -> Float.parseFloat(key);
        default -> key;
      };
    }
  }

  /**
   * The summary's columns of awards.open_award_row, in the order of the indexes below (read by position: a look-up by
   * name scans the row's column names).
   */
  static final String COLUMNS = "o.id, o.key, o.award_type, o.recipient_kind, o.recipient_name, o.recipient_position, "
    + "o.recipient_unit, o.posthumous, o.province_key, o.body_key, o.decision_number, o.decision_date, o.decider_code, "
    + "o.year, o.withdrawn_date, o.origin";
  static final int ID = 0;
  static final int KEY = 1;
  static final int TYPE = 2;
  static final int RECIPIENT_KIND = 3;
  static final int RECIPIENT_NAME = 4;
  static final int RECIPIENT_POSITION = 5;
  static final int RECIPIENT_UNIT = 6;
  static final int POSTHUMOUS = 7;
  static final int PROVINCE = 8;
  static final int BODY = 9;
  static final int DECISION_NUMBER = 10;
  static final int DECISION_DATE = 11;
  static final int DECIDER = 12;
  static final int YEAR = 13;
  static final int WITHDRAWN_DATE = 14;
  static final int ORIGIN = 15;
  private static final String TSQUERY = "websearch_to_tsquery('simple', platform.vn_fold($1))";

  private final Where where = new Where();
  private final Filters filters;
  private final Sort sort;

  /**
   * The filters on labelled attributes keep awards.open_award's meaning, turned into the award's own codes through
   * the code lists: kind → its award types, state_level → the deciders of that level, a province → itself and the
   * provinces merged into it (open_award: province_key = p OR coalesce(successor, province_key) = p), a body → itself
   * and its former bodies, a type prefix → the matching types. One code is an equality (the (award_type,
   * decision_date, id) index then also gives the order), several an {@code = ANY}.
   */
  AwardQuery(Filters f, Sort sort, AwardCodes codes) {
    this.filters = f;
    this.sort = sort;
    if (f.q() != null) {
      where.param(f.q()); // always $1: TSQUERY refers to it
      where.and("o.search @@ " + TSQUERY);
    }
    where.eq("o.award_type", f.type());
    if (f.typePrefix() != null) {
      oneOf("o.award_type", codes.typesWithPrefix(f.typePrefix()));
    }
    if (f.kind() != null) {
      oneOf("o.award_type", codes.typesOfKind(f.kind()));
    }
    if (f.year() != null) {
      where.and("o.year = " + where.param(f.year()));
    }
    if (f.decidedFrom() != null) {
      where.and("o.decision_date >= " + where.param(f.decidedFrom()));
    }
    if (f.decidedTo() != null) {
      where.and("o.decision_date <= " + where.param(f.decidedTo()));
    }
    if (f.body() != null) {
      oneOf("o.body_key", codes.bodyAndFormer(f.body()));
    }
    if (f.province() != null) {
      oneOf("o.province_key", codes.provinceAndMerged(f.province()));
    }
    where.eq("o.recipient_kind", f.recipientKind());
    where.eq("o.decider_code", f.decider());
    if (f.stateLevel() != null) {
      oneOf("o.decider_code", codes.decidersAtStateLevel(f.stateLevel()));
    }
    if (f.withdrawn() != null) {
      where.and(f.withdrawn() ? "o.withdrawn_date IS NOT NULL" : "o.withdrawn_date IS NULL");
    }
  }

  /** column is one of the codes: "= $n" for one, "= ANY($n)" for several, nothing matches for none. */
  private void oneOf(String column, List<String> codes) {
    if (codes.size() == 1) {
      where.and(column + " = " + where.param(codes.get(0)));
    } else {
      where.and(column + " = ANY(" + where.param(codes.toArray(String[]::new)) + ")");
    }
  }

  /** One page: limit + 1 rows, so the caller knows whether a next page exists. */
  Statement page(Cursor after, int limit) {
    List<Object> ps = where.params();
    String rank = filters.q() != null ? "ts_rank_cd(o.search, " + TSQUERY + ")" : "NULL::real";
    // the folded name only when it is the sort key: unaccent costs ≈5 µs a row, ≈12 % of PostgreSQL's CPU per page
    String sortName = sort == Sort.NAME ? "platform.vn_fold(o.recipient_name)" : "NULL::text";
    String inner = "SELECT " + COLUMNS + ", " + sortName + " AS sort_name, " + rank + " AS rank "
      + "FROM awards.open_award_row o" + where.clause();
    String dir = sort.ascending ? "ASC" : "DESC";
    String order = " ORDER BY p." + sort.column + " " + dir + ", p.id " + dir;
    String keyCondition = "";
    if (after != null) {
      ps.add(after.id());
      int i = ps.size();
      ps.add(after.typedKey());
      int k = ps.size();
      String cast = sort.column.equals("rank") ? "::real" : sort.column.equals("decision_date") ? "::date" : "";
      keyCondition = " WHERE (p." + sort.column + ", p.id) " + (sort.ascending ? ">" : "<") + " ($" + k + cast
        + ", $" + i + ")";
    }
    ps.add(limit + 1);
    return new Statement("SELECT * FROM (" + inner + ") p" + keyCondition + order + " LIMIT $" + ps.size(),
      Tuple.from(ps));
  }

  Statement count() {
    return new Statement("SELECT count(*) FROM awards.open_award_row o" + where.clause(), where.tuple());
  }

  record Statement(String sql, Tuple params) {
  }
}
