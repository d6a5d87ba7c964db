package gloss.text;

/** Word counts and reading times, the same everywhere they are shown. */
public final class Words {
  /** A common figure for adult silent reading of non-fiction. */
  public static final int WORDS_PER_MINUTE = 230;

  private Words() {}

  /** Number of whitespace-separated tokens that contain a letter or digit. */
  public static int count(String text) {
    int words = 0;
    boolean inToken = false;
    boolean tokenHasLetter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        if (inToken && tokenHasLetter) {
          words++;
        }
        inToken = false;
        tokenHasLetter = false;
      } else {
        inToken = true;
        tokenHasLetter |= Character.isLetterOrDigit(c);
      }
    }
    return inToken && tokenHasLetter ? words + 1 : words;
  }

  /** Whole minutes to read {@code words} words, at least one. */
  public static int minutes(int words) {
    return Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE));
  }
}
