package gloss.text;

/** Word counts and reading times, the same everywhere they are shown. */
public final class Words {
  /** A common figure for adult silent reading of non-fiction. */
  public static final int WORDS_PER_MINUTE = 230;

  private Words() {}

  /** Number of whitespace-separated tokens that contain a letter or digit. */
  public static int count(String text) {
    return count(text, Integer.MAX_VALUE - 1);
  }

  /**
   * {@link #count(String)}, or {@code limit + 1} when there are more words than {@code limit}: it
   * stops there, for tests such as "at most twelve words" on lines that may be long.
   */
  public static int count(String text, int limit) {
    int words = 0;
    boolean inToken = false;
    boolean tokenHasLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c < 0x80 ? c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1C && c <= 0x1F : Character.isWhitespace(c);
      if (space) {
        if (inToken && tokenHasLetter && ++words > limit) {
          return words;
        }
        inToken = false;
        tokenHasLetter = false;
      } else {
        inToken = true;
        // most characters are ASCII: no need for Unicode's tables
        tokenHasLetter |= c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
      }
    }
    return inToken && tokenHasLetter ? words + 1 : words;
  }

  /** Whole minutes to read {@code words} words, at least one. */
  public static int minutes(int words) {
    return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
  }
}
