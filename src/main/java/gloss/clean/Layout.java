package gloss.clean;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The structure a sidecar imposes, by scraped line number: lines that are headings, and runs of
 * lines that are one block quotation. The structurer follows it before its own heuristics.
 */
public record Layout(Set<Integer> headings, List<QuoteSpan> quotes) {
  public static final Layout NONE = new Layout(Set.of(), List.of());

  public Layout {
    headings = Set.copyOf(headings);
    quotes = List.copyOf(quotes);
  }

  /** The quotation that starts on scraped line {@code number}, if the sidecar marks one. */
  public Optional<QuoteSpan> quoteAt(int number) {
    // a loop, not a stream: asked for every line of every reading, of a list nearly always empty
    for (QuoteSpan quote : quotes) {
      if (quote.first() == number) {
        return Optional.of(quote);
      }
    }
    return Optional.empty();
  }

  /** Whether the sidecar gives scraped line {@code number} a role. */
  public boolean marks(int number) {
    if (headings.contains(number)) {
      return true;
    }
    for (QuoteSpan quote : quotes) {
      if (number >= quote.first() && number <= quote.last()) {
        return true;
      }
    }
    return false;
  }

  /** Scraped lines {@code first} to {@code last}, both included, as one quotation. */
  public record QuoteSpan(int first, int last, Optional<String> citation) {}
}
