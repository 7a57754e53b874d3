package vn.gov.moha.opendata.platform.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.gov.moha.opendata.platform.privacy.PublishedTables.Observation;
import vn.gov.moha.opendata.platform.privacy.PublishedTables.Slice;

class PublishedTablesTest {
  static final PublishedTables TABLES = new PublishedTables("x.statistic", "x", "SELECT 1",
    List.of(new Slice("total", List.of("year")), new Slice("field", List.of("year", "field"))));

  static List<Map<String, String>> people(String year, String field, int n) {
    List<Map<String, String>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Map.of("year", year, "field", field));
    }
    return out;
  }

  static Map<String, Observation> byKey(List<Observation> cells) {
    return cells.stream().collect(Collectors.toMap(Observation::key, o -> o));
  }

  @Test
  void everyCellOfTheDomainsIsPublishedWithZerosAndKeys() {
    List<Map<String, String>> rows = new ArrayList<>(people("2024", "CNTT", 12));
    rows.addAll(people("2024", "LUAT", 7));
    Map<String, Observation> cells = byKey(TABLES.compute(rows, Map.of("field", List.of("CNTT", "LUAT", "Y_DUOC"))));
    assertEquals(4, cells.size(), cells.keySet().toString());
    assertEquals(19L, cells.get("total-2024").count());
    assertEquals(12L, cells.get("field-2024-cntt").count());
    assertEquals(0L, cells.get("field-2024-y-duoc").count(), "a zero identifies nobody");
    assertEquals("CNTT", cells.get("field-2024-cntt").dims().getString("field"));
    assertEquals("2024", cells.get("field-2024-cntt").dims().getString("year"));
  }

  @Test
  void aSmallCellAndItsPartnerAreHiddenSoThatTheTotalGivesNothingAway() {
    List<Map<String, String>> rows = new ArrayList<>(people("2024", "CNTT", 12));
    rows.addAll(people("2024", "LUAT", 3));
    rows.addAll(people("2024", "Y_DUOC", 9));
    Map<String, Observation> cells = byKey(TABLES.compute(rows, Map.of("field", List.of("CNTT", "LUAT", "Y_DUOC"))));
    assertTrue(cells.get("field-2024-luat").suppressed());
    assertNull(cells.get("field-2024-luat").count());
    assertTrue(cells.get("field-2024-y-duoc").suppressed(), "the smallest partner: 24 − 12 would give 3 back");
    assertFalse(cells.get("field-2024-cntt").suppressed());
    assertEquals(24L, cells.get("total-2024").count(), "the margin stays published");
  }

  @Test
  void aLoneSmallYearIsHiddenWithItsZeros() {
    Map<String, Observation> cells = byKey(TABLES.compute(people("2026", "CNTT", 1),
      Map.of("field", List.of("CNTT", "LUAT"))));
    assertTrue(cells.get("total-2026").suppressed());
    assertTrue(cells.get("field-2026-cntt").suppressed());
    assertTrue(cells.get("field-2026-luat").suppressed(), "the zero would show that the one person is in CNTT");
  }

  @Test
  void marginsAreEveryProperSubGrouping() {
    assertEquals(1, PublishedTables.margins(1).size());
    assertEquals(7, PublishedTables.margins(3).size());
    assertEquals("field-2024-excellent-graduate-yes",
      PublishedTables.key("field", List.of("2024", "EXCELLENT_GRADUATE", "yes")));
  }
}
