package vn.gov.moha.opendata.opendata.downloads;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A single byte range of a file of known size (RFC 9110 §14): {@code bytes=a-b}, {@code bytes=a-} or the suffix
 * {@code bytes=-n}, with {@code first} and {@code last} inclusive and within the file. A Range header we do not serve
 * as one part (several ranges, another unit, bad syntax) is ignored: the whole file is sent with 200, which the RFC
 * allows.
 */
record ByteRange(long first, long last) {
  private static final Pattern ONE = Pattern.compile("^\\s*bytes\\s*=\\s*(\\d*)\\s*-\\s*(\\d*)\\s*$",
    Pattern.CASE_INSENSITIVE);

  /** What a Range header asks of a file: the whole file, one satisfiable range, or nothing it has (416). */
  sealed interface Answer permits Whole, Part, Unsatisfiable {
  }

  /** Send the whole file (no Range, or one we ignore). */
  record Whole() implements Answer {
  }

  /** Send one range with 206. */
  record Part(ByteRange range) implements Answer {
  }

  /** 416 with {@code Content-Range: bytes *}{@code /size}. */
  record Unsatisfiable() implements Answer {
  }

  long length() {
    return last - first + 1;
  }

  /** The Content-Range of this range of a file of {@code size} bytes. */
  String contentRange(long size) {
    return "bytes " + first + "-" + last + "/" + size;
  }

  /** The answer to {@code header} (may be null) for a file of {@code size} bytes. */
  static Answer of(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    Matcher m = ONE.matcher(header);
    if (!m.matches() || m.group(1).isEmpty() && m.group(2).isEmpty()) {
      return new Whole();
    }
    try {
      if (m.group(1).isEmpty()) { // suffix: the last n bytes
        long n = Long.parseLong(m.group(2));
        return n == 0 || size == 0 ? new Unsatisfiable() : new Part(new ByteRange(Math.max(0, size - n), size - 1));
      }
      long first = Long.parseLong(m.group(1));
      if (!m.group(2).isEmpty() && Long.parseLong(m.group(2)) < first) {
        return new Whole(); // invalid range-spec: the header is ignored
      }
      long last = m.group(2).isEmpty() ? size - 1 : Long.parseLong(m.group(2));
      return first >= size ? new Unsatisfiable() : new Part(new ByteRange(first, Math.min(last, size - 1)));
    } catch (NumberFormatException e) { // more digits than a long holds
      return new Whole();
    }
  }
}
