package vn.gov.moha.opendata.opendata;

import java.util.List;

/**
 * A dataset as a table, for CSV downloads: a SELECT over its open views returning exactly {@code columns}, in order,
 * one row per record ordered by key, and each column's Vietnamese and English title.
 */
public record Table(String select, List<Column> columns) {
  /** A column: its machine name, its Vietnamese title (the CSV header) and its English title. */
  public record Column(String name, String vi, String en) {
  }

  public static Column column(String name, String vi, String en) {
    return new Column(name, vi, en);
  }
}
