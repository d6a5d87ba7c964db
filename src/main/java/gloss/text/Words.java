package gloss.text;

/** Word counts and reading times, the same everywhere they are shown. */
public final class Words {
  /** A common figure for adult silent reading of non-fiction. */
  public static final int WORDS_PER_MINUTE = 230;

  private static final int SPACE = 1;
  private static final int ALPHANUMERIC = 2;
  /** For each ASCII character, SPACE for Java's white space, ALPHANUMERIC for a letter or digit. */
  private static final byte[] KINDS = new byte[128];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      KINDS[c] = (byte) (Character.isWhitespace(c) ? SPACE : Character.isLetterOrDigit(c) ? ALPHANUMERIC : 0);
    }
  }

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
    int alphanumeric = 0; // ALPHANUMERIC while in a token with a letter or digit, else 0
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      // most characters are ASCII: a table instead of Unicode's; and no branch on which kind of
      // character it is, as a branch is mispredicted at every word's end
      int kind = c < 0x80 ? KINDS[c] : Character.isWhitespace(c) ? SPACE : Character.isLetterOrDigit(c) ? ALPHANUMERIC : 0;
      int space = kind & SPACE;
      words += space & (alphanumeric >> 1);
      alphanumeric = (alphanumeric | kind) & (space - 1) & ALPHANUMERIC;
      if (words > limit) {
        return words;
      }
    }
    return alphanumeric != 0 ? words + 1 : words;
  }

  /** Whole minutes to read {@code words} words, at least one. */
  public static int minutes(int words) {
    return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
  }
}
