package vn.gov.moha.opendata.opendata.portal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Distribution;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Entry;
import vn.gov.moha.opendata.opendata.catalogue.Catalogue.Theme;

/**
 * The portal's search over the catalogue (a few dozen datasets at most, so in memory): words against titles,
 * descriptions and keywords in both languages, diacritics-insensitive ("hoi" finds "Hội"), every word must match;
 * and the facets theme, publisher and format, which combine. A facet's counts are those of the datasets that meet
 * the words and the other facets, so that each count says what following its link gives.
 */
final class DatasetSearch {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** What is asked: words (may be null) and one value per facet (null = any). */
  record Filter(String q, String theme, String publisher, String format) {
    boolean isEmpty() {
      return blank(q) && theme == null && publisher == null && format == null;
    }
  }

  /** One facet: its name and its values with counts, in first-seen order. */
  record Facet(String name, Map<String, Long> counts) {
  }

  private DatasetSearch() {
  }

  /** Lower case without diacritics: "Hội Luật gia" → "hoi luat gia", "Đ" → "d". */
  static String fold(String s) {
    String lower = s.toLowerCase(Locale.ROOT).replace('đ', 'd');
    return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
  }

  /** The folded words of a query, none when it is blank. */
  static List<String> words(String q) {
    if (blank(q)) {
      return List.of();
    }
    return Stream.of(WORDS.split(fold(q))).filter(w -> !w.isEmpty()).toList();
  }

  /** The datasets that meet the filter, in the catalogue's order. */
  static List<Entry> filter(List<Entry> entries, Filter f) {
    return entries.stream().filter(e -> matches(e, f)).toList();
  }

  static boolean matches(Entry e, Filter f) {
    return matchesWords(e, words(f.q())) && (f.theme() == null || themeCodes(e).contains(f.theme()))
      && (f.publisher() == null || f.publisher().equals(e.publisher().code()))
      && (f.format() == null || formats(e).contains(f.format()));
  }

  private static boolean matchesWords(Entry e, List<String> words) {
    if (words.isEmpty()) {
      return true;
    }
    String text = fold(String.join(" ", e.titleVi(), e.titleEn(), e.descriptionVi(), e.descriptionEn(),
      String.join(" ", e.keywordsVi()), String.join(" ", e.keywordsEn())));
    return words.stream().allMatch(text::contains);
  }

  /** The three facets with their counts under the rest of the filter. */
  static List<Facet> facets(List<Entry> entries, Filter f) {
    return List.of(
      facet("theme", entries, new Filter(f.q(), null, f.publisher(), f.format()), DatasetSearch::themeCodes),
      facet("publisher", entries, new Filter(f.q(), f.theme(), null, f.format()), e -> List.of(e.publisher().code())),
      facet("format", entries, new Filter(f.q(), f.theme(), f.publisher(), null), DatasetSearch::formats));
  }

  private static Facet facet(String name, List<Entry> entries, Filter others, Function<Entry, List<String>> values) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Entry e : entries) {
      values.apply(e).forEach(v -> counts.putIfAbsent(v, 0L));
    }
    for (Entry e : filter(entries, others)) {
      values.apply(e).forEach(v -> counts.merge(v, 1L, Long::sum));
    }
    return new Facet(name, counts);
  }

  static List<String> themeCodes(Entry e) {
    return e.themes().stream().map(Theme::code).toList();
  }

  static List<String> formats(Entry e) {
    List<String> out = new ArrayList<>();
    for (Distribution d : e.distributions()) {
      out.add(d.format().extension());
    }
    return out;
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
