package gloss.text;

/** Shortens scraped lines for messages and reports, so a 20 MB line never floods a terminal. */
public final class Excerpts {
  /** About the width of a terminal line, as the style guide asks. */
  public static final int DEFAULT_LENGTH = 100;

  private Excerpts() {}

  /** {@code text} in at most {@code max} characters, cut on a word boundary, with an ellipsis. */
  public static String cut(String text, int max) {
    String oneLine = text.strip().replace('\n', ' ');
    if (oneLine.length() <= max) {
      return oneLine;
    }
    int end = oneLine.lastIndexOf(' ', max - 1);
    if (end < max / 2) {
      end = max - 1;
    }
    if (Character.isHighSurrogate(oneLine.charAt(end - 1))) {
      end--;
    }
    return oneLine.substring(0, end).stripTrailing() + "…";
  }

  /** {@code text} cut at {@value #DEFAULT_LENGTH} characters. */
  public static String cut(String text) {
    return cut(text, DEFAULT_LENGTH);
  }
}
