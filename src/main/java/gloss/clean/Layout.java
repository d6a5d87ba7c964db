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
    return quotes.stream().filter(q -> q.first() == number).findFirst();
  }

  /** Whether the sidecar gives scraped line {@code number} a role. */
  public boolean marks(int number) {
    return headings.contains(number) || quotes.stream().anyMatch(q -> number >= q.first() && number <= q.last());
  }

  /** Scraped lines {@code first} to {@code last}, both included, as one quotation. */
  public record QuoteSpan(int first, int last, Optional<String> citation) {}
}
