package gloss.annotate;

/**
 * A mention of an entry in a reading: which paragraph ({@code p1} is 1) and where in it.
 *
 * <p>The words around it, as an entry page quotes them, are cut here, once per reading, rather than
 * when the edition is linked: a rebuild that reuses the reading then reuses the very same strings.
 *
 * @param surface the words as the reading writes them
 * @param before up to about {@value #CONTEXT} characters before the mention, from a word start,
 *     with "…" when the paragraph goes on before them
 * @param after the same after the mention
 */
public record Mention(String entry, int paragraph, int start, int end, String surface, String before, String after) {
  /** How many characters of context an entry page shows on each side of a mention. */
  public static final int CONTEXT = 90;

  /** The mention of {@code entry} at {@code start}–{@code end} of paragraph {@code paragraph}, whose text is {@code text}. */
  static Mention in(String entry, int paragraph, String text, int start, int end) {
    return new Mention(entry, paragraph, start, end, text.substring(start, end), before(text, start), after(text, end));
  }

  private static String before(String text, int start) {
    int from = Math.max(0, start - CONTEXT);
    int space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < start) {
      from = space + 1;
    }
    return (from > 0 ? "…" : "") + text.substring(from, start);
  }

  private static String after(String text, int end) {
    int to = Math.min(text.length(), end + CONTEXT);
    int space = text.lastIndexOf(' ', to);
    if (to < text.length() && space > end) {
      to = space;
    }
    return text.substring(end, to) + (to < text.length() ? "…" : "");
  }
}
