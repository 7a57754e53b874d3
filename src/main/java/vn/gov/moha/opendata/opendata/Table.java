package vn.gov.moha.opendata.opendata;

import java.util.List;
import java.util.Optional;

/**
 * A dataset as a table, for the tabular downloads (CSV, JSON, NDJSON): a SELECT over its open views returning exactly
 * {@code columns}, in order, one row per record ordered by key, with {@code %s} where its WHERE condition goes; each
 * column's Vietnamese and English title and type; and the filters a download may take ({@code ?province=T01N}).
 */
public record Table(String select, List<Column> columns, List<Filter> filters) {
  public Table(String select, List<Column> columns) {
    this(select, columns, List.of());
  }

  /** The SELECT of the rows meeting {@code where} (SQL over the alias {@code r}, parameters as $n). */
  public String select(String where) {
    return select.formatted(where);
  }

  /** The filter a query parameter names, if this table has it. */
  public Optional<Filter> filter(String param) {
    return filters.stream().filter(f -> f.param().equals(param)).findFirst();
  }

  /**
   * What a column holds: its Frictionless Table Schema type (CSV writes arrays as values joined by {@code "; "}, JSON
   * as arrays).
   */
  public enum Type {
    STRING, INTEGER, NUMBER, BOOLEAN, DATE, ARRAY;

    /** The type's name in a Frictionless Table Schema ({@code integer}). */
    public String frictionless() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A column: its machine name (the JSON key), its Vietnamese title (the CSV header), its English title (the header
   * of {@code ?header=en}), its type.
   */
  public record Column(String name, String vi, String en, Type type) {
  }

  public static Column column(String name, String vi, String en) {
    return new Column(name, vi, en, Type.STRING);
  }

  public static Column column(String name, String vi, String en, Type type) {
    return new Column(name, vi, en, type);
  }

  /**
   * A filter of the downloads: the query parameter, the SQL condition over {@code r} with {@code ?} where the bound
   * value goes (every {@code ?} takes the same value; the value is a parameter, never SQL text), whether the value is
   * an integer, and what it means (for the contract and error messages).
   */
  public record Filter(String param, String condition, boolean integer, String description) {
  }

  /** A text filter: {@code condition} with {@code ?} where the value goes. */
  public static Filter filter(String param, String condition, String description) {
    return new Filter(param, condition, false, description);
  }

  /** An integer filter (a year). */
  public static Filter integerFilter(String param, String condition, String description) {
    return new Filter(param, condition, true, description);
  }
}
