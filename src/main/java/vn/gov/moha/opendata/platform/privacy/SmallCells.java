package vn.gov.moha.opendata.platform.privacy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Small-cell suppression of aggregates built on personal data (counts of civil servants, award recipients,
 * petitioners … by province, year, category), the one place every open statistic goes through.
 *
 * <p>Rules, after the threshold rule of statistical disclosure control (the ESSnet Handbook on Statistical
 * Disclosure Control, on frequency tables):
 * <ul>
 *   <li><b>Primary:</b> a count from 1 to 4 (below {@value #THRESHOLD}) is hidden: so few people could be
 *     recognised.</li>
 *   <li><b>Zero is shown.</b> A zero identifies nobody, and hiding zeros would blank most of a sparse table. The
 *     price is that a row whose people all sit in one cell shows that they all share that attribute; a
 *     dataset where that matters groups its categories more coarsely. A zero is hidden only as the last possible
 *     complement (below).</li>
 *   <li><b>Complementary (secondary):</b> a group is a set of cells whose total is published (one row of a table by
 *     province, say). Its hidden cells must not be recoverable by subtracting the shown cells from the total: a
 *     group may not hide exactly one cell, and the sum of its hidden cells, which the total reveals, must not itself
 *     be a small count. While either holds, the smallest non-zero shown cell of the group is hidden too (ties by
 *     key); a zero only when one hidden cell has no non-zero partner left.</li>
 *   <li>With several groupings (rows <i>and</i> columns both have published totals) the groupings are applied in
 *     turn until none hides another cell. This simple heuristic defeats subtraction within any one group; it is not
 *     an optimal pattern and does not guard against interval attacks that solve many margins at once, which a
 *     table with many overlapping margins should leave to a dedicated SDC tool.</li>
 * </ul>
 * A published total is a count as well: pass it through {@link #publishable(long)}. The total of a group of one
 * cell is that cell, so a hidden cell alone in its group needs its total withheld by the caller.
 */
public final class SmallCells {
  /** Counts below this (and above zero) are not published. */
  public static final int THRESHOLD = 5;

  private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  };

  private SmallCells() {
  }

  /** One aggregate cell: the values of its dimensions (e.g. province code, year) and the number of people. */
  public record Cell(List<String> key, long count) {
    public Cell {
      key = List.copyOf(key);
      if (count < 0) {
        throw new IllegalArgumentException("a count is never negative: " + key + " = " + count);
      }
    }
  }

  /** A cell as it may be published: {@code count} is null when {@code suppressed}. */
  public record Result(List<String> key, Long count, boolean suppressed) {
  }

  /** Whether the threshold rule alone hides this count. */
  public static boolean isSmall(long count) {
    return count > 0 && count < THRESHOLD;
  }

  /** A single count (a total, a headline figure) as it may be published: null when small. */
  public static Long publishable(long count) {
    return isSmall(count) ? null : count;
  }

  /** Primary and complementary suppression within the groups {@code groupOf} puts the cells in. */
  public static List<Result> suppress(List<Cell> cells, Function<Cell, ?> groupOf) {
    return suppress(cells, List.of(groupOf));
  }

  /**
   * Primary suppression, then complementary suppression within every grouping until no grouping hides another
   * cell. Results come in the order of {@code cells}.
   */
  public static List<Result> suppress(List<Cell> cells, List<? extends Function<Cell, ?>> groupings) {
    boolean[] hidden = new boolean[cells.size()];
    for (int i = 0; i < hidden.length; i++) {
      hidden[i] = isSmall(cells.get(i).count());
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Function<Cell, ?> groupOf : groupings) {
        for (List<Integer> group : groups(cells, groupOf)) {
          changed |= complement(cells, group, hidden);
        }
      }
    }
    List<Result> out = new ArrayList<>(cells.size());
    for (int i = 0; i < hidden.length; i++) {
      Cell c = cells.get(i);
      out.add(new Result(c.key(), hidden[i] ? null : c.count(), hidden[i]));
    }
    return out;
  }

  /** {@code {"<dimension>": key value, …, "count": n | null, "suppressed": bool}}. */
  public static JsonObject toJson(Result r, List<String> dimensions) {
    if (dimensions.size() != r.key().size()) {
      throw new IllegalArgumentException("dimensions " + dimensions + " do not name the key " + r.key());
    }
    JsonObject o = new JsonObject();
    for (int i = 0; i < dimensions.size(); i++) {
      o.put(dimensions.get(i), r.key().get(i));
    }
    return o.put("count", r.count()).put("suppressed", r.suppressed());
  }

  public static JsonArray toJson(List<Result> results, List<String> dimensions) {
    JsonArray a = new JsonArray();
    results.forEach(r -> a.add(toJson(r, dimensions)));
    return a;
  }

  private static List<List<Integer>> groups(List<Cell> cells, Function<Cell, ?> groupOf) {
    Map<Object, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      groups.computeIfAbsent(Objects.requireNonNull(groupOf.apply(cells.get(i)), "group of " + cells.get(i)),
        g -> new ArrayList<>()).add(i);
    }
    return new ArrayList<>(groups.values());
  }

  /** Hides cells of one group until its hidden part cannot be recovered from its total; true if any was hidden. */
  private static boolean complement(List<Cell> cells, List<Integer> group, boolean[] hidden) {
    boolean changed = false;
    while (true) {
      int count = 0;
      long sum = 0;
      for (int i : group) {
        if (hidden[i]) {
          count++;
          sum += cells.get(i).count();
        }
      }
      if (count != 1 && !isSmall(sum)) {
        return changed;
      }
      Integer next = smallestShown(cells, group, hidden, count == 1);
      if (next == null) {
        return changed; // nothing left to hide: the group's total is itself small, or the group is one cell
      }
      hidden[next] = true;
      changed = true;
    }
  }

  private static Integer smallestShown(List<Cell> cells, List<Integer> group, boolean[] hidden, boolean zeroIfNeeded) {
    Comparator<Integer> order = Comparator.<Integer>comparingLong(i -> cells.get(i).count())
      .thenComparing(i -> cells.get(i).key(), KEY_ORDER);
    Integer best = null;
    Integer bestZero = null;
    for (int i : group) {
      if (hidden[i]) {
        continue;
      }
      if (cells.get(i).count() > 0) {
        best = best == null || order.compare(i, best) < 0 ? i : best;
      } else {
        bestZero = bestZero == null || order.compare(i, bestZero) < 0 ? i : bestZero;
      }
    }
    return best != null || !zeroIfNeeded ? best : bestZero;
  }
}
