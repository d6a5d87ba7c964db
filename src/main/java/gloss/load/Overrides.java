package gloss.load;

import java.util.List;
import java.util.Optional;

/**
 * A sidecar's corrections to the cleaner and the structurer, for the rare line that the rules get
 * wrong. Lines are named by the words they start with, so the sidecar reads like the text; a
 * reference that matches no line, or more than one, is an error naming the sidecar line.
 *
 * @param keep lines the cleaner would drop or cut that are article text
 * @param drop lines the cleaner would keep that are debris
 * @param headings lines that are section headings
 * @param quotes runs of paragraphs that are one block quotation
 */
public record Overrides(List<LineRef> keep, List<LineRef> drop, List<LineRef> headings, List<QuoteRef> quotes) {
  public static final Overrides NONE = new Overrides(List.of(), List.of(), List.of(), List.of());

  public Overrides {
    keep = List.copyOf(keep);
    drop = List.copyOf(drop);
    headings = List.copyOf(headings);
    quotes = List.copyOf(quotes);
  }

  public boolean isEmpty() {
    return keep.isEmpty() && drop.isEmpty() && headings.isEmpty() && quotes.isEmpty();
  }

  /**
   * A scraped line named by the words it starts with.
   *
   * @param line the sidecar line of the reference, for messages
   */
  public record LineRef(String startsWith, int line) {}

  /**
   * A block quotation from the paragraph starting {@code first} to the one starting {@code last}
   * (the same paragraph when absent), with an optional citation shown under it.
   */
  public record QuoteRef(LineRef first, Optional<LineRef> last, Optional<String> citation) {}
}
