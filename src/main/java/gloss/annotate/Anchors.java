package gloss.annotate;

import gloss.diag.Diagnostics;
import gloss.load.PassageNote;
import gloss.text.Excerpts;
import gloss.text.Loose;
import gloss.text.Suggestions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds where a passage note belongs: the paragraph and the offset just after its quoted words.
 *
 * <p>Quotes match exactly first; failing that, with curly and straight quotation marks, dashes and
 * no-break spaces taken as equal, so an anchor survives a repaired character. A prefix or suffix,
 * or an occurrence number, chooses among repeated quotes.
 *
 * <p>Reports a quote that is not found (suggesting the longest part of it that is), and a quote
 * found more than once without a way to choose.
 */
final class Anchors {
  private Anchors() {}

  /** Where a note goes: paragraph index (from 0) and the offset after the quote. */
  record Anchor(int paragraph, int end) {}

  static Optional<Anchor> locate(
      PassageNote note, List<String> paragraphs, String sidecarPath, Diagnostics diagnostics) {
    List<Anchor> found = search(note, paragraphs, false);
    if (found.isEmpty()) {
      found = search(note, paragraphs, true);
    }
    if (found.isEmpty()) {
      diagnostics.error(
          sidecarPath, note.line(),
          "passage not found: \"" + Excerpts.cut(note.quote(), 60) + "\"" + nearest(note.quote(), paragraphs));
      return Optional.empty();
    }
    if (note.occurrence() > 0) {
      if (note.occurrence() > found.size()) {
        diagnostics.error(
            sidecarPath, note.line(),
            "occurrence " + note.occurrence() + " asked, but \"" + Excerpts.cut(note.quote(), 60)
                + "\" occurs " + found.size() + " time(s)");
        return Optional.empty();
      }
      return Optional.of(found.get(note.occurrence() - 1));
    }
    if (found.size() > 1) {
      StringBuilder where = new StringBuilder();
      for (Anchor a : found) {
        where.append(where.length() == 0 ? "" : ", ").append("p").append(a.paragraph() + 1);
      }
      diagnostics.error(
          sidecarPath, note.line(),
          "\"" + Excerpts.cut(note.quote(), 60) + "\" occurs " + found.size() + " times (" + where
              + "); add occurrence:, prefix: or suffix: to choose one");
      return Optional.empty();
    }
    return Optional.of(found.get(0));
  }

  private static List<Anchor> search(PassageNote note, List<String> paragraphs, boolean loose) {
    String quote = loose ? loosen(note.quote()) : note.quote();
    String prefix = loose ? loosen(note.prefix()) : note.prefix();
    String suffix = loose ? loosen(note.suffix()) : note.suffix();
    List<Anchor> found = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = loose ? loosen(paragraphs.get(p)) : paragraphs.get(p);
      int from = 0;
      int at;
      while ((at = text.indexOf(quote, from)) >= 0) {
        int end = at + quote.length();
        boolean prefixOk = prefix.isEmpty() || text.substring(0, at).stripTrailing().endsWith(prefix.strip());
        boolean suffixOk = suffix.isEmpty() || text.substring(end).stripLeading().startsWith(suffix.strip());
        if (prefixOk && suffixOk) {
          found.add(new Anchor(p, end));
        }
        from = at + 1;
      }
    }
    return found;
  }

  static String loosen(String text) {
    return Loose.of(text);
  }

  /**
   * The passage of the text closest to the quote: the window of the quote's length, starting at a
   * word, with the smallest edit distance (ignoring case and typographic marks).
   */
  private static String nearest(String quote, List<String> paragraphs) {
    String wanted = loosen(quote.strip()).toLowerCase(Locale.ROOT);
    int best = Integer.MAX_VALUE;
    int bestParagraph = -1;
    int bestAt = 0;
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = loosen(paragraphs.get(p)).toLowerCase(Locale.ROOT);
      for (int at = 0; at < text.length(); at++) {
        if (at > 0 && !Character.isWhitespace(text.charAt(at - 1))) {
          continue;
        }
        String window = text.substring(at, Math.min(text.length(), at + wanted.length()));
        int distance = Suggestions.distance(wanted, window);
        if (distance < best) {
          best = distance;
          bestParagraph = p;
          bestAt = at;
        }
      }
    }
    if (bestParagraph < 0 || best > wanted.length() / 2) {
      return "";
    }
    String text = paragraphs.get(bestParagraph);
    int end = Math.min(text.length(), bestAt + quote.length());
    return "; nearest in the text, p" + (bestParagraph + 1) + ": \"" + Excerpts.cut(text.substring(bestAt, end), 80) + "\"";
  }
}
