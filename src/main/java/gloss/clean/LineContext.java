package gloss.clean;

import java.util.List;
import java.util.Locale;

/**
 * A non-blank line with what rules may look at around it: the next non-blank line and whether it
 * is the first line of the text.
 */
final class LineContext {
  /** Lines longer than this are paragraphs, never whole-line debris such as a menu or an ad. */
  static final int SHORT = 300;

  private final List<String> lines;
  private final int index;
  private final String text;
  private String normalized;

  LineContext(List<String> lines, int index, String text) {
    this.lines = lines;
    this.index = index;
    this.text = text;
  }

  String text() {
    return text;
  }

  boolean isFirst() {
    return index == 0;
  }

  boolean isShort() {
    return text.length() <= SHORT;
  }

  /** The next non-blank line as scraped, or empty at the end. */
  String next() {
    return index + 1 < lines.size() ? lines.get(index + 1) : "";
  }

  /**
   * The line lower-cased, with no-break spaces as spaces, runs of spaces collapsed and surrounding
   * punctuation removed: what phrase rules compare against. Only for short lines.
   */
  String normalized() {
    if (normalized == null) {
      normalized = normalize(text);
    }
    return normalized;
  }

  static String normalize(String text) {
    // at most SHORT characters are read on, and a space and a character may follow them
    char[] out = new char[Math.min(text.length(), SHORT) + 2];
    int length = 0;
    boolean ascii = true;
    boolean space = false;
    for (int i = 0; i < text.length() && length <= SHORT; i++) {
      char c = text.charAt(i);
      // most characters are ASCII: no need for Unicode's tables
      boolean blank = c < 0x80
          ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F
          : Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (blank) {
        space = length > 0;
      } else {
        if (space) {
          out[length++] = ' ';
        }
        space = false;
        out[length++] = c;
        ascii &= c < 0x80;
      }
    }
    int start = 0;
    int end = length;
    while (start < end && isEdgePunctuation(out[start])) {
      start++;
    }
    while (end > start && isEdgePunctuation(out[end - 1])) {
      end--;
    }
    if (!ascii) {
      return new String(out, start, end - start).strip().toLowerCase(Locale.ROOT);
    }
    // what toLowerCase does to ASCII; no white space is left at either end to strip
    for (int i = start; i < end; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] += 'a' - 'A';
      }
    }
    return new String(out, start, end - start);
  }

  private static boolean isEdgePunctuation(char c) {
    return c == '-' || c == '–' || c == '—' || c == '.' || c == '!' || c == ':' || c == '|'
        || c == '•' || c == '*' || c == ' ' || c == '»' || c == '›';
  }
}
