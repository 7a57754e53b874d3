package vn.gov.moha.opendata.support;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in what the server sends to anybody: Vietnamese citizen ID numbers, phone numbers, e-mail
 * addresses and dates of birth. Used by the privacy walk over the open API and by any test of an open output
 * (downloads, RDF). A heuristic by design: it has to be quiet on our legitimate numbers (UUIDs, legal document
 * numbers such as 12/2022/NĐ-CP, ISO dates, decimals, hashes) and loud on the usual ways people's data is written.
 */
public final class PersonalDataScanner {
  /**
   * E-mail domains that are nobody's private mailbox. {@code .gov.vn}: every mailbox under a state body's domain
   * is a published contact point of that body (vanthu@, contact@, a department's mailbox). Caveat: a named
   * official's address there (nguyen.van.a@moha.gov.vn) passes as well; such addresses appear in legal documents
   * next to the signer's name, which the law makes public. The others are reserved for documentation and cannot be
   * anybody's (RFC 2606, RFC 6761): the Swagger UI bundle we serve generates {@code user@example.com} examples.
   */
  public static final List<String> ALLOWED_EMAIL_DOMAIN_SUFFIXES = List.of(".gov.vn", ".example.com", ".example.org",
    ".example.net", ".example", ".test", ".invalid", ".localhost");

  /** JSON keys (lower case, without _ - and spaces, diacritics folded) that hold a date or year of birth. */
  public static final Set<String> BIRTH_KEYS = Set.of("birthdate", "dateofbirth", "dob", "birthday", "ngaysinh",
    "birthyear", "yearofbirth", "namsinh");

  /** UNREADABLE: a JSON body that does not parse, so its keys could not be checked (fails closed). */
  public enum Kind { CITIZEN_ID, PHONE, EMAIL, BIRTH_DATE, UNREADABLE }

  /** One finding: what, the matched text, and the text around it (or the JSON path for a key). */
  public record Hit(Kind kind, String match, String snippet) {
    @Override
    public String toString() {
      return kind + " " + match + " in «" + snippet + "»";
    }
  }

  private static final String HEX = "[0-9A-Fa-f]";
  private static final String UUID_HEAD = HEX + "{8}-" + HEX + "{4}-" + HEX + "{4}-" + HEX + "{4}-";
  /** Not inside a longer run of digits/hex, not a UUID's last group, not the digits of a decimal number. */
  private static final String START = "(?<![0-9A-Za-z])(?<!\\d[.,])(?<!" + UUID_HEAD + ")";
  private static final String END = "(?![0-9A-Za-z])(?![.,]\\d)";
  private static final String SEP = "[ .]?";
  private static final Map<Kind, Pattern> TEXT = Map.of(
    // căn cước công dân / số định danh cá nhân: 12 digits (province, century+sex, year, serial)
    Kind.CITIZEN_ID, Pattern.compile(START + "\\d{12}" + END),
    // 10-digit numbers since 2018 (mobile 03/05/07/08/09): 0912345678, 0912 345 678, 091.234.5678, +84 912 345 678
    Kind.PHONE, Pattern.compile("(?:" + START + "0[35789]\\d(?:\\d" + SEP + "\\d{3}" + SEP + "\\d{3}|" + SEP + "\\d{3}"
      + SEP + "\\d{4})|(?<![0-9A-Za-z+])\\+84" + SEP + "\\(?0?\\)?" + SEP + "[35789](?:" + SEP + "\\d){8})" + END),
    Kind.EMAIL, Pattern.compile("(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@((?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,})\\b"),
    // in prose: "sinh ngày 01/01/1990", "ngày sinh: 1990-01-01", "date of birth 1 Jan 1990"
    Kind.BIRTH_DATE, Pattern.compile("(?iu)(?:ngày sinh|sinh ngày|ngay sinh|sinh ngay|date of birth|born on|\\bdob\\b)"
      + "\\s*[:=]?\\s*\"?\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}"));
  private static final Pattern METRIC_SAMPLE = Pattern.compile("[ \\t]+\\S+([ \\t]+-?\\d+)?$", Pattern.MULTILINE);

  private PersonalDataScanner() {
  }

  /**
   * Scans a response body by its media type: JSON (also +json and NDJSON) for text and keys, every other text
   * type (HTML, YAML, CSV, Turtle, N-Triples, JavaScript, XML, plain text) for text. Prometheus metrics lose their
   * sample values first: they are counters and gauges (byte counts, nanoseconds) that can be any 12-digit number,
   * while names, help texts and label values (routes, status codes) are kept and scanned. Binary types (images,
   * fonts, archives) are not scanned and answer null.
   */
  public static List<Hit> scan(String contentType, String body) {
    String media = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
    if (media.endsWith("json")) {
      return scanJson(body);
    }
    if (media.equals("text/plain") && contentType.contains("version=0.0.4")
      || media.equals("application/openmetrics-text")) {
      return scanText(METRIC_SAMPLE.matcher(body).replaceAll(""));
    }
    return isText(media) ? scanText(body) : null;
  }

  /** Media types whose bodies are text worth reading (already without parameters, lower case). */
  public static boolean isText(String media) {
    return media.startsWith("text/") || media.endsWith("json") || media.endsWith("xml") || media.endsWith("yaml")
      || media.endsWith("javascript") || media.startsWith("application/n-") || media.equals("application/trig")
      || media.equals("application/sparql-query") || media.equals("application/x-www-form-urlencoded");
  }

  /** Text patterns over the whole body. */
  public static List<Hit> scanText(String text) {
    List<Hit> hits = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      Pattern p = TEXT.get(kind);
      if (p == null) {
        continue;
      }
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (kind == Kind.EMAIL && allowedDomain(m.group(1))) {
          continue;
        }
        hits.add(new Hit(kind, m.group(), snippet(text, m.start(), m.end())));
      }
    }
    return hits;
  }

  /**
   * Text patterns over the body, plus every key that names a date of birth and holds a value (a string or number;
   * a schema object under such a key, as in the contract, is not data). NDJSON is read line by line.
   */
  public static List<Hit> scanJson(String body) {
    List<Hit> hits = scanText(body);
    if (body.isBlank()) {
      return hits;
    }
    try {
      birthKeys(Json.decodeValue(body), "", hits);
    } catch (DecodeException notOneDocument) {
      body.lines().filter(l -> !l.isBlank()).forEach(line -> {
        try {
          birthKeys(Json.decodeValue(line), "", hits);
        } catch (DecodeException e) {
          hits.add(new Hit(Kind.UNREADABLE, "?", snippet(line, 0, 0)));
        }
      });
    }
    return hits;
  }

  /** Whether a key names a birth date: {@code date_of_birth}, {@code ngàySinh}, {@code DOB} … */
  public static boolean isBirthKey(String key) {
    String folded = Normalizer.normalize(key, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('đ', 'd')
      .replace('Đ', 'D').toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-.]", "");
    return BIRTH_KEYS.contains(folded);
  }

  private static void birthKeys(Object json, String path, List<Hit> hits) {
    if (json instanceof JsonObject o) {
      for (Map.Entry<String, Object> e : o) {
        Object v = e.getValue();
        if (isBirthKey(e.getKey()) && (v instanceof String || v instanceof Number)) {
          hits.add(new Hit(Kind.BIRTH_DATE, e.getKey(), path + "/" + e.getKey() + " = " + v));
        }
        birthKeys(v, path + "/" + e.getKey(), hits);
      }
    } else if (json instanceof JsonArray a) {
      for (int i = 0; i < a.size(); i++) {
        birthKeys(a.getValue(i), path + "/" + i, hits);
      }
    }
  }

  private static boolean allowedDomain(String domain) {
    String d = "." + domain.toLowerCase(Locale.ROOT);
    return ALLOWED_EMAIL_DOMAIN_SUFFIXES.stream().anyMatch(d::endsWith);
  }

  private static String snippet(String text, int start, int end) {
    int from = Math.max(0, start - 40);
    int to = Math.min(text.length(), end + 40);
    return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
  }
}
