package vn.gov.moha.opendata.platform.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese text folded for search, the Java twin of the database's {@code platform.vn_fold}: lower case, without
 * diacritics, đ as d, so that "hoi" finds "Hội" and "khen thuong" finds "khen thưởng".
 */
public final class Fold {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fold() {
  }

  /** The folded text (null stays null). */
  public static String fold(String text) {
    if (text == null) {
      return null;
    }
    String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /** The folded words of a text (letters and digits; everything else separates them). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    for (String w : NON_WORD.split(fold(text))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
