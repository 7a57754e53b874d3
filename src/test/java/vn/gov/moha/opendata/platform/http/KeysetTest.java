package vn.gov.moha.opendata.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeysetTest {
  @Test
  void lastServedIsTheLimitthRowWhenANextPageExists() {
    assertEquals("c", Keyset.lastServed(List.of("a", "b", "c", "d"), 3));
    assertEquals("a", Keyset.lastServed(List.of("a", "b"), 1));
    assertNull(Keyset.lastServed(List.of("a", "b", "c"), 3), "no extra row: no next page");
    assertNull(Keyset.lastServed(List.of(), 3));
  }

  @Test
  void aCursorDecodesOnlyForItsSortAndWithAValidKey() {
    String c = Keyset.encode("-issued_date", "2024-05-01", 42);
    Keyset.Position p = Keyset.decode(c, "-issued_date", java.time.LocalDate::parse);
    assertEquals(new Keyset.Position("2024-05-01", 42), p);
    assertThrows(ApiProblem.class, () -> Keyset.decode(c, "issued_date", k -> k));
    assertThrows(ApiProblem.class, () -> Keyset.decode(Keyset.encode("x", "nope", 1), "x", java.time.LocalDate::parse));
    assertThrows(ApiProblem.class, () -> Keyset.decode("not-base64!", "x", k -> k));
  }
}
