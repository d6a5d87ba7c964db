package gloss.annotate;

/**
 * A mention of an entry in a reading: which paragraph ({@code p1} is 1) and where in it.
 *
 * <p>The words around it, as an entry page quotes them, are cut from the paragraph when the page
 * is made ({@link #before}, {@link #after}), not kept: an edition of 10,000 readings has over
 * 250,000 mentions, and their contexts would hold most of its text a second time.
 */
public record Mention(String entry, int paragraph, int start, int end) {
  /** How many characters of context an entry page shows on each side of a mention. */
  public static final int CONTEXT = 90;

  /**
   * Up to about {@value #CONTEXT} characters of {@code text} before {@code start}, from a word
   * start, with "…" when the paragraph goes on before them.
   */
  public static String before(String text, int start) {
    int from = Math.max(0, start - CONTEXT);
    int space = text.indexOf(' ', from);
    if (from > 0 && space >= 0 && space < start) {
      from = space + 1;
    }
    return (from > 0 ? "…" : "") + text.substring(from, start);
  }

  /** The same after {@code end}. */
  public static String after(String text, int end) {
    int to = Math.min(text.length(), end + CONTEXT);
    int space = text.lastIndexOf(' ', to);
    if (to < text.length() && space > end) {
      to = space;
    }
    return text.substring(end, to) + (to < text.length() ? "…" : "");
  }
}
