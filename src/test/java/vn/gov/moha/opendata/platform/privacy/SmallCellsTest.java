package vn.gov.moha.opendata.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Cell;
import vn.gov.moha.opendata.platform.privacy.SmallCells.Result;

class SmallCellsTest {
  static final Function<Cell, ?> ROW = c -> c.key().get(0);
  static final Function<Cell, ?> COLUMN = c -> c.key().get(1);

  /** One row "r" of cells named c0, c1, … with these counts. */
  static List<Cell> row(String row, long... counts) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      cells.add(new Cell(List.of(row, "c" + i), counts[i]));
    }
    return cells;
  }

  static Set<String> hidden(List<Result> results) {
    return results.stream().filter(Result::suppressed).map(r -> String.join("/", r.key())).collect(Collectors.toSet());
  }

  @Test
  void primaryHidesOneToFourAndKeepsFiveAndZero() {
    for (long n = 1; n <= 4; n++) {
      assertTrue(SmallCells.isSmall(n));
      assertNull(SmallCells.publishable(n));
    }
    assertFalse(SmallCells.isSmall(0));
    assertEquals(0L, SmallCells.publishable(0));
    assertFalse(SmallCells.isSmall(5));
    assertEquals(5L, SmallCells.publishable(5));
    // each cell alone in its group: only the threshold rule applies
    List<Result> out = SmallCells.suppress(row("r", 0, 1, 4, 5, 6), c -> c.key());
    assertEquals(List.of(0L, 5L, 6L), out.stream().filter(r -> !r.suppressed()).map(Result::count).toList());
    assertEquals(Set.of("r/c1", "r/c2"), hidden(out));
    out.stream().filter(Result::suppressed).forEach(r -> assertNull(r.count()));
  }

  @Test
  void exactlyFiveIsShown() {
    List<Result> out = SmallCells.suppress(row("r", 5, 5, 5), ROW);
    assertEquals(Set.of(), hidden(out));
    assertEquals(List.of(5L, 5L, 5L), out.stream().map(Result::count).toList());
  }

  @Test
  void zeroIsShown() {
    List<Result> out = SmallCells.suppress(row("r", 0, 0, 12, 7), ROW);
    assertEquals(Set.of(), hidden(out));
    assertEquals(0L, out.get(0).count());
  }

  @Test
  void oneHiddenCellTakesTheNextSmallestNonZeroWithIt() {
    // total 39 is published: hiding only the 3 would give it away as 39 - 0 - 9 - 7 - 20
    List<Result> out = SmallCells.suppress(row("r", 3, 0, 9, 7, 20), ROW);
    assertEquals(Set.of("r/c0", "r/c3"), hidden(out));
    assertEquals(0L, out.get(1).count(), "the zero is not the complement");
    assertEquals(9L, out.get(2).count());
  }

  @Test
  void hiddenCellsMayNotAddUpToASmallCount() {
    // 1 + 1 = 2 = total - shown: with zeros shown, both hidden cells would be known to be 1
    assertEquals(Set.of("r/c0", "r/c1", "r/c2"), hidden(SmallCells.suppress(row("r", 1, 1, 10, 30), ROW)));
    // 2 + 3 = 5 is not small: the two primaries protect each other
    assertEquals(Set.of("r/c0", "r/c1"), hidden(SmallCells.suppress(row("r", 2, 3, 10, 30), ROW)));
  }

  @Test
  void allSmallGroupIsHiddenWithoutLoopingForMore() {
    assertEquals(Set.of("r/c0", "r/c1", "r/c2"), hidden(SmallCells.suppress(row("r", 1, 2, 4), ROW)));
    // the total (3) is small too: the caller withholds it, there is nothing more to hide here
    assertEquals(Set.of("r/c0", "r/c1"), hidden(SmallCells.suppress(row("r", 2, 1), ROW)));
    assertNull(SmallCells.publishable(3));
  }

  @Test
  void aZeroIsTheComplementOnlyWhenNothingElseIsLeft() {
    assertEquals(Set.of("r/c0", "r/c1"), hidden(SmallCells.suppress(row("r", 3, 0, 0), ROW)));
    assertEquals(Set.of("r/c0"), hidden(SmallCells.suppress(row("r", 3), ROW)), "a lone cell has no partner");
  }

  @Test
  void groupsAreIndependent() {
    List<Cell> cells = new ArrayList<>(row("hanoi", 3, 8, 9));
    cells.addAll(row("hue", 6, 8, 9));
    cells.addAll(row("danang", 2, 3, 0));
    List<Result> out = SmallCells.suppress(cells, ROW);
    assertEquals(Set.of("hanoi/c0", "hanoi/c1", "danang/c0", "danang/c1"), hidden(out));
    assertEquals(cells.stream().map(Cell::key).toList(), out.stream().map(Result::key).toList(), "input order");
  }

  @Test
  void tiesAreBrokenByKeyWhateverTheInputOrder() {
    List<Cell> cells = List.of(new Cell(List.of("r", "c"), 7), new Cell(List.of("r", "b"), 7),
      new Cell(List.of("r", "a"), 3));
    assertEquals(Set.of("r/a", "r/b"), hidden(SmallCells.suppress(cells, ROW)));
    assertEquals(Set.of("r/a", "r/b"), hidden(SmallCells.suppress(List.of(cells.get(2), cells.get(0), cells.get(1)), ROW)));
  }

  @Test
  void rowsAndColumnsAreProtectedTogether() {
    List<Cell> cells = new ArrayList<>(row("r1", 3, 10, 12));
    cells.addAll(row("r2", 8, 9, 20));
    cells.addAll(row("r3", 15, 11, 30));
    List<Result> out = SmallCells.suppress(cells, List.of(ROW, COLUMN));
    // r1: 3 → 10; column c0: 3 → 8; column c1: 10 → 9; then every row and column hides 0 or ≥ 2 cells
    assertEquals(Set.of("r1/c0", "r1/c1", "r2/c0", "r2/c1"), hidden(out));
    assertSafe(cells, out, List.of(ROW, COLUMN));
  }

  @Test
  void randomTablesNeverLetAHiddenCellBeSubtractedOut() {
    Random random = new Random(20250701);
    for (int t = 0; t < 500; t++) {
      int rows = 1 + random.nextInt(6);
      int cols = 2 + random.nextInt(6);
      List<Cell> cells = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int kind = random.nextInt(4);
          long n = kind == 0 ? 0 : kind == 1 ? 1 + random.nextInt(4) : random.nextInt(60);
          cells.add(new Cell(List.of("r" + r, "c" + c), n));
        }
      }
      assertSafe(cells, SmallCells.suppress(cells, List.of(ROW, COLUMN)), List.of(ROW, COLUMN));
      assertSafe(cells, SmallCells.suppress(cells, ROW), List.of(ROW));
    }
  }

  /** What a reader can subtract: in every group of more than one cell, no lone hidden cell, no small hidden sum. */
  static void assertSafe(List<Cell> cells, List<Result> out, List<Function<Cell, ?>> groupings) {
    for (int i = 0; i < cells.size(); i++) {
      Cell c = cells.get(i);
      Result r = out.get(i);
      assertEquals(SmallCells.isSmall(c.count()) || r.suppressed(), r.suppressed(), "primary: " + c);
      assertEquals(r.suppressed() ? null : c.count(), r.count());
    }
    for (Function<Cell, ?> groupOf : groupings) {
      Map<Object, List<Integer>> groups = new HashMap<>();
      for (int i = 0; i < cells.size(); i++) {
        groups.computeIfAbsent(groupOf.apply(cells.get(i)), g -> new ArrayList<>()).add(i);
      }
      for (List<Integer> group : groups.values()) {
        List<Integer> hidden = group.stream().filter(i -> out.get(i).suppressed()).toList();
        long hiddenSum = hidden.stream().mapToLong(i -> cells.get(i).count()).sum();
        long total = group.stream().mapToLong(i -> cells.get(i).count()).sum();
        if (group.size() == 1 || SmallCells.isSmall(total)) {
          continue; // the caller withholds such a total (publishable), so nothing can be subtracted from it
        }
        assertTrue(hidden.size() != 1, () -> "one hidden cell in " + group + " of " + cells);
        assertFalse(SmallCells.isSmall(hiddenSum), () -> "hidden sum " + hiddenSum + " in " + group + " of " + cells);
      }
    }
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new Cell(List.of("x"), -1));
  }

  @Test
  void jsonNamesTheDimensions() {
    List<Result> out = SmallCells.suppress(List.of(new Cell(List.of("01", "2024"), 3),
      new Cell(List.of("79", "2024"), 40), new Cell(List.of("48", "2024"), 12)), c -> c.key().get(1));
    assertEquals(new JsonObject().put("province", "01").put("year", "2024").putNull("count").put("suppressed", true),
      SmallCells.toJson(out.get(0), List.of("province", "year")));
    assertEquals(new JsonObject().put("province", "79").put("year", "2024").put("count", 40L).put("suppressed", false),
      SmallCells.toJson(out, List.of("province", "year")).getJsonObject(1));
    assertThrows(IllegalArgumentException.class, () -> SmallCells.toJson(out.get(0), List.of("province")));
  }
}
