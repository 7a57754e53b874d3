package vn.gov.moha.opendata.opendata.catalogue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gov.moha.opendata.platform.text.Fold;

/**
 * The subset of Solr's query syntax that CKAN clients send in {@code q} and {@code fq}, parsed into a predicate over
 * {@link CkanSearch.Doc}s: {@code field:value}, {@code field:"a phrase"}, {@code field:[from TO to]} (or braces for
 * exclusive bounds; {@code *}, {@code NOW}, date math such as {@code NOW-7DAYS} or {@code NOW/DAY}, ISO dates and
 * times), {@code field:(a OR b)}, {@code field:prefix*}, {@code *:*}; clauses prefixed with {@code +} (must),
 * {@code -} or {@code NOT} (must not), joined by {@code OR} or, by default, AND (CKAN's Solr schema sets AND as the
 * default operator); words without a field search the text (title, notes, tags, organization), folded so that "hoi"
 * finds "Hội". A field the index does not have is a {@link SyntaxError}, as Solr's "undefined field".
 */
final class CkanQuery {
  private static final Pattern DATE_MATH = Pattern.compile("([+-])(\\d+)([A-Z]+)|/([A-Z]+)");

  /** Solr could not run the query (an unknown field, a value of the wrong kind, unbalanced syntax). */
  static final class SyntaxError extends RuntimeException {
    SyntaxError(String message) {
      super(message, null, false, false);
    }
  }

  private final String text;
  private final Instant now;
  private int pos;
  /** The words searched without a field (for the score). */
  final List<String> terms = new ArrayList<>();

  private CkanQuery(String text, Instant now) {
    this.text = text;
    this.now = now;
  }

  /** The predicate of a query; null or blank matches everything. */
  static Predicate<CkanSearch.Doc> parse(String query, Instant now, List<String> terms) {
    if (query == null || query.isBlank()) {
      return d -> true;
    }
    CkanQuery p = new CkanQuery(query, now);
    Predicate<CkanSearch.Doc> out = p.conjunction(false);
    if (p.pos < p.text.length()) {
      throw new SyntaxError("unexpected '" + p.text.charAt(p.pos) + "' at " + p.pos + " in " + query);
    }
    terms.addAll(p.terms);
    return out;
  }

  /** Clauses up to the end (or a closing parenthesis): OR binds its neighbours, the rest are ANDed. */
  private Predicate<CkanSearch.Doc> conjunction(boolean inGroup) {
    List<Predicate<CkanSearch.Doc>> all = new ArrayList<>();
    List<Predicate<CkanSearch.Doc>> any = new ArrayList<>();
    while (true) {
      skipSpace();
      if (pos >= text.length() || (inGroup && text.charAt(pos) == ')')) {
        break;
      }
      if (keyword("AND") || keyword("&&")) {
        continue;
      }
      if (keyword("OR") || keyword("||")) {
        if (any.isEmpty() && !all.isEmpty()) {
          any.add(all.remove(all.size() - 1));
        }
        any.add(clause());
        continue;
      }
      if (!any.isEmpty()) {
        all.add(or(any));
        any = new ArrayList<>();
      }
      all.add(clause());
    }
    if (!any.isEmpty()) {
      all.add(or(any));
    }
    List<Predicate<CkanSearch.Doc>> musts = List.copyOf(all);
    return d -> musts.stream().allMatch(p -> p.test(d));
  }

  private static Predicate<CkanSearch.Doc> or(List<Predicate<CkanSearch.Doc>> any) {
    List<Predicate<CkanSearch.Doc>> copy = List.copyOf(any);
    return d -> copy.stream().anyMatch(p -> p.test(d));
  }

  private Predicate<CkanSearch.Doc> clause() {
    skipSpace();
    boolean negate = false;
    if (keyword("NOT")) {
      negate = true;
      skipSpace();
    }
    if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
      negate = text.charAt(pos) == '-';
      pos++;
    }
    Predicate<CkanSearch.Doc> p;
    if (peek('(')) {
      pos++;
      p = conjunction(true);
      expect(')');
    } else {
      String field = fieldName();
      p = field == null ? textValue("text", true) : value(field);
    }
    return negate ? p.negate() : p;
  }

  /** A field name followed by ':', or null (the cursor stays) when the clause is a bare value. */
  private String fieldName() {
    Matcher m = Pattern.compile("([A-Za-z_*][A-Za-z0-9_.*-]*):").matcher(text).region(pos, text.length());
    if (m.lookingAt()) {
      pos = m.end();
      return m.group(1);
    }
    return null;
  }

  private Predicate<CkanSearch.Doc> value(String field) {
    if (field.equals("*")) {
      String v = token();
      if (!v.equals("*")) {
        throw new SyntaxError("*:" + v + " is not a query");
      }
      return d -> true;
    }
    CkanSearch.Kind kind = CkanSearch.kind(field);
    if (kind == null) {
      throw new SyntaxError("undefined field " + field);
    }
    if (peek('[') || peek('{')) {
      return range(field, kind);
    }
    if (peek('(')) {
      pos++;
      List<Predicate<CkanSearch.Doc>> any = new ArrayList<>();
      while (true) {
        skipSpace();
        if (peek(')')) {
          pos++;
          break;
        }
        if (pos >= text.length()) {
          throw new SyntaxError("missing ')' in " + text);
        }
        if (keyword("OR") || keyword("||")) {
          continue;
        }
        any.add(kind == CkanSearch.Kind.TEXT ? textValue(field, false) : exact(field, kind));
      }
      return or(any);
    }
    return kind == CkanSearch.Kind.TEXT ? textValue(field, field.equals("text")) : exact(field, kind);
  }

  /** Words of a text field: all must occur (a trailing * makes the last a prefix). */
  private Predicate<CkanSearch.Doc> textValue(String field, boolean scored) {
    String v = peek('"') ? quoted() : token();
    if (v.equals("*")) {
      return d -> !d.words(field).isEmpty();
    }
    boolean prefix = v.endsWith("*");
    List<String> words = Fold.words(prefix ? v.substring(0, v.length() - 1) : v);
    if (scored) {
      terms.addAll(words);
    }
    return d -> {
      List<String> have = d.words(field);
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        boolean last = prefix && i == words.size() - 1;
        if (last ? have.stream().noneMatch(h -> h.startsWith(w)) : !have.contains(w)) {
          return false;
        }
      }
      return true;
    };
  }

  private Predicate<CkanSearch.Doc> exact(String field, CkanSearch.Kind kind) {
    String v = peek('"') ? quoted() : token();
    if (v.equals("*")) {
      return d -> !d.values(field).isEmpty();
    }
    if (kind == CkanSearch.Kind.DATE) {
      Instant at = instant(v, false);
      return d -> d.values(field).stream().anyMatch(x -> Instant.parse(x).equals(at));
    }
    if (v.endsWith("*") && !v.endsWith("\\*")) {
      String prefix = v.substring(0, v.length() - 1).toLowerCase(Locale.ROOT);
      return d -> d.values(field).stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).startsWith(prefix));
    }
    return d -> d.values(field).stream().anyMatch(x -> x.equalsIgnoreCase(v));
  }

  private Predicate<CkanSearch.Doc> range(String field, CkanSearch.Kind kind) {
    boolean fromInclusive = text.charAt(pos++) == '[';
    skipSpace();
    String from = token();
    skipSpace();
    if (!keyword("TO")) {
      throw new SyntaxError("a range needs TO: " + text);
    }
    skipSpace();
    String to = rangeEnd();
    boolean toInclusive = text.charAt(pos++) == ']';
    if (kind == CkanSearch.Kind.DATE) {
      Instant lo = from.equals("*") ? null : instant(from, false);
      Instant hi = to.equals("*") ? null : instant(to, true);
      return d -> d.values(field).stream().map(Instant::parse).anyMatch(t ->
        (lo == null || (fromInclusive ? !t.isBefore(lo) : t.isAfter(lo)))
          && (hi == null || (toInclusive ? !t.isAfter(hi) : t.isBefore(hi))));
    }
    if (kind == CkanSearch.Kind.NUMBER) {
      Double lo = from.equals("*") ? null : number(from);
      Double hi = to.equals("*") ? null : number(to);
      return d -> d.values(field).stream().map(Double::parseDouble).anyMatch(n ->
        (lo == null || (fromInclusive ? n >= lo : n > lo)) && (hi == null || (toInclusive ? n <= hi : n < hi)));
    }
    return d -> d.values(field).stream().anyMatch(s ->
      (from.equals("*") || (fromInclusive ? s.compareTo(from) >= 0 : s.compareTo(from) > 0))
        && (to.equals("*") || (toInclusive ? s.compareTo(to) <= 0 : s.compareTo(to) < 0)));
  }

  private String rangeEnd() {
    int start = pos;
    while (pos < text.length() && text.charAt(pos) != ']' && text.charAt(pos) != '}') {
      pos++;
    }
    if (pos >= text.length()) {
      throw new SyntaxError("unclosed range in " + text);
    }
    return text.substring(start, pos).trim().replace("\\", "");
  }

  private static Double number(String v) {
    try {
      return Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new SyntaxError("not a number: " + v);
    }
  }

  /**
   * A Solr date: {@code NOW}, an ISO date or date-time (UTC when it has no offset), then date math ({@code -1DAY},
   * {@code +2HOURS}, {@code /DAY}). A bare date as an upper bound means its whole day.
   */
  Instant instant(String value, boolean upper) {
    String v = value.replace("\\", "");
    int math = v.startsWith("NOW") ? 3 : firstMath(v);
    String base = v.substring(0, math);
    ZonedDateTime t;
    try {
      if (base.equals("NOW")) {
        t = now.atZone(ZoneOffset.UTC);
      } else if (base.length() == 10) {
        LocalDate day = LocalDate.parse(base);
        t = (upper && math == v.length() ? day.plusDays(1).atStartOfDay().minusNanos(1) : day.atStartOfDay())
          .atZone(ZoneOffset.UTC);
      } else if (base.endsWith("Z") || base.matches(".*[+-]\\d\\d:\\d\\d$")) {
        t = ZonedDateTime.parse(base).withZoneSameInstant(ZoneOffset.UTC);
      } else {
        t = LocalDateTime.parse(base).atZone(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      throw new SyntaxError("Invalid Date String:'" + value + "'");
    }
    Matcher m = DATE_MATH.matcher(v).region(math, v.length());
    int at = math;
    while (at < v.length()) {
      if (!m.find(at) || m.start() != at) {
        throw new SyntaxError("Invalid Date Math String:'" + value + "'");
      }
      if (m.group(4) != null) {
        t = t.truncatedTo(unit(m.group(4), value));
      } else {
        long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
        t = t.plus(n, unit(m.group(3), value));
      }
      at = m.end();
    }
    return t.toInstant();
  }

  /** Where date math starts after an ISO date or date-time (its own '-' and '+' are part of it). */
  private static int firstMath(String v) {
    Matcher m = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}(T[0-9:.]+(Z|[+-]\\d\\d:\\d\\d)?)?").matcher(v);
    return m.find() ? m.end() : v.length();
  }

  private static ChronoUnit unit(String name, String value) {
    String u = name.endsWith("S") && !name.equals("MILLIS") ? name.substring(0, name.length() - 1) : name;
    return switch (u) {
      case "YEAR" -> ChronoUnit.YEARS;
      case "MONTH" -> ChronoUnit.MONTHS;
      case "DAY", "DATE" -> ChronoUnit.DAYS;
      case "HOUR" -> ChronoUnit.HOURS;
      case "MINUTE" -> ChronoUnit.MINUTES;
      case "SECOND" -> ChronoUnit.SECONDS;
      case "MILLI", "MILLIS", "MILLISECOND" -> ChronoUnit.MILLIS;
      default -> throw new SyntaxError("Invalid Date Math String:'" + value + "'");
    };
  }

  private String quoted() {
    pos++;
    StringBuilder sb = new StringBuilder();
    while (pos < text.length() && text.charAt(pos) != '"') {
      if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
        pos++;
      }
      sb.append(text.charAt(pos++));
    }
    if (pos >= text.length()) {
      throw new SyntaxError("unclosed quote in " + text);
    }
    pos++;
    return sb.toString();
  }

  /** A plain value: up to white space or a closing parenthesis; a backslash escapes the next character. */
  private String token() {
    StringBuilder sb = new StringBuilder();
    while (pos < text.length() && !Character.isWhitespace(text.charAt(pos)) && text.charAt(pos) != ')') {
      if (text.charAt(pos) == '\\' && pos + 1 < text.length()) {
        pos++;
      }
      sb.append(text.charAt(pos++));
    }
    if (sb.length() == 0) {
      throw new SyntaxError("a value is missing at " + pos + " in " + text);
    }
    return sb.toString();
  }

  private boolean keyword(String word) {
    int end = pos + word.length();
    if (text.startsWith(word, pos) && (end == text.length() || Character.isWhitespace(text.charAt(end)))) {
      pos = end;
      return true;
    }
    return false;
  }

  private boolean peek(char c) {
    return pos < text.length() && text.charAt(pos) == c;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw new SyntaxError("missing '" + c + "' in " + text);
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }
}
