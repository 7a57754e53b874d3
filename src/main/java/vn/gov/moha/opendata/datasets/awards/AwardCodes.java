package vn.gov.moha.opendata.datasets.awards;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The code lists an open award is labelled from, read once at start: award types (with their kind), kinds,
 * deciders (with {@code state_level}), methods, proposing bodies and provinces (name, end of validity, successor).
 * The open reads by id and the list pages read the award's own columns from {@code awards.open_award_row} and label
 * them here, instead of joining the eight relations of {@code awards.open_award} for every row (3.6 times
 * PostgreSQL's cost of the row itself: pgbench -M prepared of the read by id, 9 250 tps through the view, 33 400 on
 * the table). The list filters on labelled attributes (kind, state level, a province with the provinces merged into
 * it, a body with its former bodies, a type prefix) are turned into the award's own codes here too.
 *
 * <p>Correct because none of these tables is written at runtime: {@code awards.award_type}, {@code awards.kind},
 * {@code awards.decider}, {@code awards.method}, {@code awards.body} and {@code platform.province} are filled by
 * the migrations (V001, V007) and no statement of the server writes them (no INSERT, UPDATE or DELETE on them in
 * src/main; checked when this class was written). A change of a code list is a migration, which runs before the
 * server starts. A code missing here (an instance older than the database it reads) is served with null labels,
 * never an error.
 */
final class AwardCodes {
  /** A code with its Vietnamese and English labels (kinds, deciders, methods, bodies). */
  record Label(String code, String vi, String en) {
  }

  /** An award type and the kind it belongs to. */
  record Type(String code, String vi, String en, String kind) {
  }

  /** Who decides an award, and whether that counts as a state-level award (MOHA statistics). */
  record Decider(String code, String vi, String en, boolean stateLevel) {
  }

  /** A proposing body; a former body (a province before the 2025 merger) names its successor. */
  record Body(String key, String vi, String en, String successor) {
  }

  /** A province; a former one (before 1 July 2025) has an end of validity and a successor. */
  record Province(String key, String name, LocalDate validTo, String successor) {
    /** The province valid now: the successor of a merged province, else the province itself. */
    String nowKey() {
      return successor == null ? key : successor;
    }
  }

  private static final String TYPES = "SELECT code, name_vi, name_en, kind_code FROM awards.award_type ORDER BY sort";
  private static final String KINDS = "SELECT code, name_vi, name_en FROM awards.kind ORDER BY sort";
  private static final String DECIDERS = "SELECT code, name_vi, name_en, state_level FROM awards.decider ORDER BY sort";
  private static final String METHODS = "SELECT code, name_vi, name_en FROM awards.method ORDER BY sort";
  private static final String BODIES = "SELECT key, name_vi, name_en, successor FROM awards.body ORDER BY sort, key";
  private static final String PROVINCES = "SELECT key, name, valid_to, successor FROM platform.province ORDER BY key";

  final Map<String, Type> types;
  final Map<String, Label> kinds;
  final Map<String, Decider> deciders;
  final Map<String, Label> methods;
  final Map<String, Body> bodies;
  final Map<String, Province> provinces;

  AwardCodes(Map<String, Type> types, Map<String, Label> kinds, Map<String, Decider> deciders,
             Map<String, Label> methods, Map<String, Body> bodies, Map<String, Province> provinces) {
    this.types = types;
    this.kinds = kinds;
    this.deciders = deciders;
    this.methods = methods;
    this.bodies = bodies;
    this.provinces = provinces;
  }

  static Future<AwardCodes> load(Pool pool) {
    Future<Map<String, Type>> types = read(pool, TYPES,
      r -> new Type(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
    Future<Map<String, Label>> kinds = read(pool, KINDS, AwardCodes::label);
    Future<Map<String, Decider>> deciders = read(pool, DECIDERS,
      r -> new Decider(r.getString(0), r.getString(1), r.getString(2), r.getBoolean(3)));
    Future<Map<String, Label>> methods = read(pool, METHODS, AwardCodes::label);
    Future<Map<String, Body>> bodies = read(pool, BODIES,
      r -> new Body(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
    Future<Map<String, Province>> provinces = read(pool, PROVINCES,
      r -> new Province(r.getString(0), r.getString(1), r.getLocalDate(2), r.getString(3)));
    return Future.all(types, kinds, deciders, methods, bodies, provinces).map(v -> new AwardCodes(types.result(),
      kinds.result(), deciders.result(), methods.result(), bodies.result(), provinces.result()));
  }

  private static Label label(Row r) {
    return new Label(r.getString(0), r.getString(1), r.getString(2));
  }

  /** code (column 0) → entry, in the list's order. */
  private static <T> Future<Map<String, T>> read(Pool pool, String sql, Function<Row, T> entry) {
    return pool.query(sql).execute().map(rows -> {
      Map<String, T> m = new LinkedHashMap<>();
      rows.forEach(r -> m.put(r.getString(0), entry.apply(r)));
      return Map.copyOf(m);
    });
  }

  /** The award types of a kind (none for an unknown kind). */
  List<String> typesOfKind(String kind) {
    return typeCodes(t -> t.kind().equals(kind));
  }

  /** The award types whose code starts with the prefix. */
  List<String> typesWithPrefix(String prefix) {
    return typeCodes(t -> t.code().startsWith(prefix));
  }

  private List<String> typeCodes(Predicate<Type> which) {
    return types.values().stream().filter(which).map(Type::code).sorted().toList();
  }

  /** The deciders whose awards count (or do not count) as state-level. */
  List<String> decidersAtStateLevel(boolean stateLevel) {
    return deciders.values().stream().filter(d -> d.stateLevel() == stateLevel).map(Decider::code).sorted().toList();
  }

  /** The province itself and the provinces merged into it: the awards "of" a province, as open_award's filter. */
  List<String> provinceAndMerged(String key) {
    List<String> keys = new ArrayList<>(List.of(key));
    provinces.values().stream().filter(p -> key.equals(p.successor())).map(Province::key).sorted().forEach(keys::add);
    return keys;
  }

  /** The body itself and its former bodies (the provinces' committees merged into it). */
  List<String> bodyAndFormer(String key) {
    List<String> keys = new ArrayList<>(List.of(key));
    bodies.values().stream().filter(b -> key.equals(b.successor())).map(Body::key).sorted().forEach(keys::add);
    return keys;
  }
}
