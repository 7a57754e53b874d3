package vn.gov.moha.opendata.platform.db;

import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause made of fixed SQL fragments and positional parameters ($1, $2, … in the order they are added): no
 * input ever reaches the SQL text. Every list and statistics query of the datasets builds its filters with it.
 */
public final class Where {
  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  /** Adds a parameter and returns its placeholder, e.g. "$3". */
  public String param(Object value) {
    params.add(value);
    return "$" + params.size();
  }

  /** Adds a condition built from fixed fragments and placeholders of {@link #param}. */
  public Where and(String condition) {
    conditions.add(condition);
    return this;
  }

  /** Adds {@code column = value} when the value is given (not null). */
  public Where eq(String column, Object value) {
    if (value != null) {
      and(column + " = " + param(value));
    }
    return this;
  }

  /** Adds {@code condition} when the flag is true, {@code NOT condition} when false, nothing when null. */
  public Where flag(String condition, Boolean value) {
    if (value != null) {
      and(value ? condition : "NOT " + condition);
    }
    return this;
  }

  /** " WHERE a AND b …", or "" without conditions. */
  public String clause() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  /** A copy of the parameters, for a statement that adds its own after them (keyset position, limit). */
  public List<Object> params() {
    return new ArrayList<>(params);
  }

  public Tuple tuple() {
    return Tuple.from(params);
  }
}
