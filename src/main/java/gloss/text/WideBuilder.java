package gloss.text;

/**
 * String builders for text that will hold characters beyond Latin-1, such as a reading's Markdown
 * or page (curly quotes in most news texts, the back links of notes): two bytes a character from
 * the start. A builder made for one byte a character widens itself at the first such character,
 * copying what it held, after allocating room it never uses; for a large edition's readings and
 * pages those arrays were a tenth of all a build allocated. The string a wide builder makes is still
 * one byte a character when every character allows.
 */
public final class WideBuilder {
  private WideBuilder() {}

  /** An empty builder with room for {@code capacity} characters, two bytes each. */
  public static StringBuilder of(int capacity) {
    StringBuilder builder = new StringBuilder("\u2026");
    builder.setLength(0);
    builder.ensureCapacity(capacity);
    return builder;
  }
}
