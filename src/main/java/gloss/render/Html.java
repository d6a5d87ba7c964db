package gloss.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTML that Gloss made (never text to escape), kept as the UTF-8 bytes a page holds: a reading's
 * body, written as UTF-8 while it is made, goes into its page and the packet byte for byte,
 * instead of becoming a string that each page then encodes again. A template shows it with
 * {@code {{{body}}}} as it would a string. Equal when the bytes are, as views are compared by
 * value to find pages that need no rendering.
 */
final class Html {
  private final byte[] utf8;
  private int hash;

  private Html(byte[] utf8) {
    this.utf8 = utf8;
  }

  /** {@code html} as UTF-8 (a surrogate without its other half as {@code ?}, as pages write it). */
  static Html of(String html) {
    return new Html(html.getBytes(StandardCharsets.UTF_8));
  }

  /** The HTML whose UTF-8 bytes are {@code utf8}, which the caller no longer changes. */
  static Html ofUtf8(byte[] utf8) {
    return new Html(utf8);
  }

  /** The bytes themselves, not a copy: for writers, which only read them. */
  byte[] utf8() {
    return utf8;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Html html && Arrays.equals(utf8, html.utf8);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Arrays.hashCode(utf8);
      hash = h;
    }
    return h;
  }

  /** The HTML as a string, as a template shows it. */
  @Override
  public String toString() {
    return new String(utf8, StandardCharsets.UTF_8);
  }
}
