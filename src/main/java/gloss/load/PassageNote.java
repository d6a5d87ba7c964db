package gloss.load;

import java.util.Objects;

/**
 * A maintainer's note on a passage of one reading, anchored by the passage's exact words.
 *
 * @param quote the exact words the note attaches to; the footnote mark goes after them
 * @param prefix words just before the quote, to tell repeated quotes apart (may be empty)
 * @param suffix words just after the quote (may be empty)
 * @param occurrence which occurrence of the quote, from 1; 0 when not given
 * @param kind editorial, context, correction or translation
 * @param body the note, in Markdown
 * @param entry the id of an entry the passage is about, or empty: the passage then counts as a
 *     mention of that entry (listed on its page) and the note links to it
 * @param line the sidecar line where the note starts
 */
public record PassageNote(
    String quote,
    String prefix,
    String suffix,
    int occurrence,
    Kind kind,
    String body,
    String entry,
    int line) {

  /** What a passage note does for the reader. */
  public enum Kind {
    EDITORIAL,
    CONTEXT,
    CORRECTION,
    TRANSLATION;

    /** The lower-case word used in sidecars and shown as the note's label. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public PassageNote {
    Objects.requireNonNull(quote, "quote");
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(suffix, "suffix");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(entry, "entry");
  }
}
