package gloss.clean;

import java.util.List;

/**
 * {@code trailing-debris}: page furniture glued to the end of a real paragraph, as in "… U.S.
 * Business &amp; Finance Click to expand menu.". The furniture (and a menu's title-case label before
 * it) is cut; the paragraph is kept. When what would remain does not end a sentence, nothing is
 * cut and the line is flagged instead.
 */
final class TrailingDebrisRule implements DebrisRule {
  private static final List<String> MENU_MARKERS = List.of("click to expand menu.", "click to expand menu");
  private static final List<String> MARKERS =
      List.of("leave a reply", "- advertisement -", "advertisement", "read more", "continue reading",
          "share this:", "cancel reply");
  private static final int MAX_LABEL_WORDS = 4;
  private static final int MIN_PARAGRAPH = 40;

  @Override
  public String id() {
    return "trailing-debris";
  }

  @Override
  public String description() {
    return "menu text and other furniture glued to the end of a real paragraph (cut, paragraph kept)";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text().stripTrailing();
    for (String marker : MENU_MARKERS) {
      if (endsWithIgnoreCase(text, marker) && text.length() > marker.length() + MIN_PARAGRAPH) {
        return cutLabelAndMarker(text, text.length() - marker.length(), "menu text");
      }
    }
    for (String marker : MARKERS) {
      if (endsWithIgnoreCase(text, marker) && text.length() > marker.length() + MIN_PARAGRAPH) {
        String kept = text.substring(0, text.length() - marker.length()).stripTrailing();
        if (Sentences.endsSentence(kept)) {
          return Verdict.cut(kept, "\"" + text.substring(kept.length()).strip() + "\" glued to the paragraph");
        }
      }
    }
    return Verdict.KEEP;
  }

  private static Verdict cutLabelAndMarker(String text, int markerStart, String what) {
    String before = text.substring(0, markerStart).stripTrailing();
    int end = before.length();
    for (int words = 0; words <= MAX_LABEL_WORDS; words++) {
      int space = before.lastIndexOf(' ', end - 1);
      String token = before.substring(space + 1, end);
      // A label glued to a sentence end ("families.U.S.") is cut even when the label itself ends
      // with a full stop; a token standing alone after a space ("U.S.") stays with the paragraph.
      int glued = gluedSentenceEnd(token);
      if (glued > 0) {
        String kept = before.substring(0, space + 1 + glued);
        return Verdict.cut(kept, what + " \"" + text.substring(kept.length()).strip() + "\" glued to the paragraph");
      }
      if (Sentences.endsSentence(token)) {
        String kept = before.substring(0, end);
        return Verdict.cut(kept, what + " \"" + text.substring(end).strip() + "\" glued to the paragraph");
      }
      boolean label = token.equals("&") || (!token.isEmpty() && Character.isUpperCase(token.codePointAt(0)));
      if (!label || space < 0) {
        break;
      }
      end = space;
    }
    return Verdict.suspicious(what + " at the end, but no sentence end before it");
  }

  /**
   * In a token such as {@code Vienna.Business}, where a label was glued to a sentence end without a
   * space, the length of the sentence part ({@code Vienna.}); 0 when there is none.
   */
  private static int gluedSentenceEnd(String token) {
    for (int i = token.length() - 2; i > 0; i--) {
      char c = token.charAt(i);
      boolean end = c == '.' || c == '!' || c == '?' || c == '”' || c == '"';
      if (end && Character.isUpperCase(token.charAt(i + 1)) && endsLowerCaseWord(token, i)
          || end && Character.isUpperCase(token.charAt(i + 1)) && (token.charAt(i - 1) == '.' || c == '”')) {
        return i + 1;
      }
    }
    return 0;
  }

  /**
   * Whether the two characters before {@code at} are lower-case letters: "families." ends a word,
   * while the "h." in "Ph.D." is an abbreviation, not a sentence end.
   */
  private static boolean endsLowerCaseWord(String token, int at) {
    return at >= 2 && Character.isLowerCase(token.charAt(at - 1)) && Character.isLowerCase(token.charAt(at - 2));
  }

  /**
   * Whether {@code text} ends with {@code suffix} (lower-case ASCII) whatever the case: what {@code
   * text.substring(text.length() - suffix.length()).toLowerCase(Locale.ROOT).equals(suffix)} says,
   * without a copy and a lower-case copy of the end of every line for every marker.
   */
  static boolean endsWithIgnoreCase(String text, String suffix) {
    int start = text.length() - suffix.length();
    if (start < 0) {
      return false;
    }
    for (int i = suffix.length() - 1; i >= 0; i--) {
      char c = text.charAt(start + i);
      // U+0130, capital I with a dot, is the one character whose lower case in a string is two
      // (i and a combining dot) while Character.toLowerCase makes it i
      if (c == '\u0130' || Character.toLowerCase(c) != suffix.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
