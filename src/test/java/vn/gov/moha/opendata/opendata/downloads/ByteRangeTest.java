package vn.gov.moha.opendata.opendata.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Range headers (RFC 9110 §14) against a file of 1000 bytes. */
class ByteRangeTest {
  private static ByteRange part(String header, long size) {
    return assertInstanceOf(ByteRange.Part.class, ByteRange.of(header, size), header).range();
  }

  @Test
  void oneRangeInEachForm() {
    assertEquals(new ByteRange(0, 99), part("bytes=0-99", 1000));
    assertEquals(new ByteRange(500, 999), part("bytes=500-", 1000));
    assertEquals(new ByteRange(900, 999), part("bytes=-100", 1000));
    assertEquals(new ByteRange(0, 999), part("bytes=-5000", 1000), "a suffix longer than the file is the file");
    assertEquals(new ByteRange(990, 999), part("bytes=990-5000", 1000), "the last position is cut at the end");
    assertEquals(new ByteRange(7, 7), part("BYTES = 7-7", 1000));
    assertEquals("bytes 900-999/1000", part("bytes=-100", 1000).contentRange(1000));
    assertEquals(100, part("bytes=0-99", 1000).length());
  }

  @Test
  void outsideTheFileIsUnsatisfiable() {
    for (String h : new String[] {"bytes=1000-", "bytes=1000-2000", "bytes=-0"}) {
      assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of(h, 1000), h);
    }
    assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=0-", 0), "an empty file has no byte 0");
  }

  @Test
  void whatIsNotOneRangeGetsTheWholeFile() {
    for (String h : new String[] {null, "bytes=0-1,5-6", "items=0-1", "bytes=5-2", "bytes=-", "bytes=abc",
      "bytes=99999999999999999999-"}) {
      assertInstanceOf(ByteRange.Whole.class, ByteRange.of(h, 1000), String.valueOf(h));
    }
  }
}
