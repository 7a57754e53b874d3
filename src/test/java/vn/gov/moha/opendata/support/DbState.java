package vn.gov.moha.opendata.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the data tables hold, to show that a request changed nothing: per table, either a cheap stamp (row count and
 * the newest row version, {@code max(xmin)}: an insert, update or delete changes one of them) or a full checksum
 * (md5 over every row's text). One query for all tables. The tables that record traffic by design (the audit log,
 * download counters, the last use of an API key, Flyway's history, the instances' heartbeats and the shared rate-limit
 * counters) are left out; Idempotency-Keys are data (a refused request must not store one).
 */
public final class DbState {
  /** Schemas and tables that change with reads and refusals by design. */
  private static final Set<String> TRAFFIC = Set.of("audit", "platform.audit_event", "catalog.download_count",
    "flyway_schema_history", "public.flyway_schema_history", "platform.instance", "platform.rate_limit");
  private final List<String> tables;

  private DbState(List<String> tables) {
    this.tables = tables;
  }

  /** The data tables of the test database (every user table outside the traffic records). */
  public static DbState of(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
      "SELECT schemaname, relname FROM pg_stat_user_tables ORDER BY 1, 2")) {
      while (rs.next()) {
        String schema = rs.getString(1);
        String name = schema + "." + rs.getString(2);
        if (!TRAFFIC.contains(schema) && !TRAFFIC.contains(name) && !name.endsWith(".flyway_schema_history")) {
          tables.add(name);
        }
      }
    }
    return new DbState(tables);
  }

  /** Per table "rows:newest xmin"; cheap enough to take around every write operation. */
  public Map<String, String> stamp(Connection c) throws SQLException {
    return run(c, "count(*)::text || ':' || coalesce(max(xmin::text::bigint), 0)::text");
  }

  /** Per table "rows:md5 of every row", order-independent. */
  public Map<String, String> checksum(Connection c) throws SQLException {
    return run(c, "count(*)::text || ':' || coalesce(md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))), '')");
  }

  private Map<String, String> run(Connection c, String expr) throws SQLException {
    StringBuilder sql = new StringBuilder();
    for (String t : tables) {
      if (sql.length() > 0) {
        sql.append(" UNION ALL ");
      }
      String[] p = t.split("\\.", 2);
      sql.append("SELECT '").append(t).append("', ").append(expr).append(" FROM \"").append(p[0]).append("\".\"")
        .append(p[1]).append("\" t");
    }
    Map<String, String> out = new TreeMap<>();
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql.toString())) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getString(2));
      }
    }
    return out;
  }

  /** The tables whose value differs between two snapshots, with both values. */
  public static Map<String, String> diff(Map<String, String> before, Map<String, String> after) {
    Map<String, String> d = new TreeMap<>();
    before.forEach((k, v) -> {
      if (!v.equals(after.get(k))) {
        d.put(k, v + " → " + after.get(k));
      }
    });
    return d;
  }
}
