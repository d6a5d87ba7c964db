package gloss.clean;

import gloss.diag.Diagnostics;
import gloss.load.Overrides;
import gloss.load.Overrides.LineRef;
import gloss.load.Source;
import gloss.text.Excerpts;
import gloss.text.Loose;
import gloss.text.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A sidecar's {@link Overrides} resolved against one scraped text: each reference to the scraped
 * line it names. A reference that names no line, or several, is an error at its sidecar line, with
 * the nearest line of the text as a suggestion.
 */
final class OverrideIndex {
  /** The rule id shown in the report for what the sidecar itself dropped. */
  static final String RULE = "sidecar";

  private final Source source;
  private final List<String> texts;
  private final List<Integer> numbers;
  private final Diagnostics diagnostics;
  private final Map<Integer, Integer> drop = new HashMap<>();
  private final Map<Integer, Integer> keep = new HashMap<>();

  OverrideIndex(Source source, List<String> texts, List<Integer> numbers, Diagnostics diagnostics) {
    this.source = source;
    this.texts = texts;
    this.numbers = numbers;
    this.diagnostics = diagnostics;
    Overrides overrides = source.sidecar().overrides();
    for (LineRef ref : overrides.drop()) {
      find("drop", ref).ifPresent(i -> drop.put(i, ref.line()));
    }
    for (LineRef ref : overrides.keep()) {
      find("keep", ref).ifPresent(i -> {
        if (drop.containsKey(i)) {
          diagnostics.error(source.sidecar().path(), ref.line(), "keep: the same line is also under drop:");
        } else {
          keep.put(i, ref.line());
        }
      });
    }
  }

  /** The sidecar line that drops line index {@code i}, or null. */
  Integer dropAt(int i) {
    return drop.get(i);
  }

  /** The sidecar line that keeps line index {@code i}, or null. */
  Integer keepAt(int i) {
    return keep.get(i);
  }

  /** Headings and quotations by scraped line number; they must name lines that were kept. */
  Layout layout(List<Line> kept) {
    Overrides overrides = source.sidecar().overrides();
    if (overrides.headings().isEmpty() && overrides.quotes().isEmpty()) {
      return Layout.NONE;
    }
    Set<Integer> keptNumbers = new HashSet<>();
    kept.forEach(line -> keptNumbers.add(line.number()));
    Set<Integer> headings = new HashSet<>();
    for (LineRef ref : overrides.headings()) {
      keptLine("headings", ref, keptNumbers).ifPresent(headings::add);
    }
    List<Layout.QuoteSpan> quotes = new ArrayList<>();
    for (Overrides.QuoteRef quote : overrides.quotes()) {
      Optional<Integer> first = keptLine("quotes", quote.first(), keptNumbers);
      Optional<Integer> last = quote.last().isPresent()
          ? keptLine("quotes", quote.last().get(), keptNumbers) : first;
      if (first.isPresent() && last.isPresent()) {
        if (last.get() < first.get()) {
          diagnostics.error(source.sidecar().path(), quote.last().get().line(),
              "quotes: \"last\" names a line before \"first\"");
        } else if (headings.stream().anyMatch(h -> h >= first.get() && h <= last.get())) {
          diagnostics.error(source.sidecar().path(), quote.first().line(),
              "quotes: a quotation cannot contain a line marked as a heading");
        } else {
          quotes.add(new Layout.QuoteSpan(first.get(), last.get(), quote.citation()));
        }
      }
    }
    return new Layout(headings, quotes);
  }

  private Optional<Integer> keptLine(String key, LineRef ref, Set<Integer> keptNumbers) {
    Optional<Integer> index = find(key, ref);
    if (index.isEmpty()) {
      return Optional.empty();
    }
    int number = numbers.get(index.get());
    if (!keptNumbers.contains(number)) {
      diagnostics.error(source.sidecar().path(), ref.line(),
          key + ": line " + number + " of " + source.path() + " was dropped by the cleaner (add it to keep:)");
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** Index of the one line that starts with the reference's words, or empty after an error. */
  private Optional<Integer> find(String key, LineRef ref) {
    String path = source.sidecar().path();
    if (ref.startsWith().isEmpty()) {
      diagnostics.error(path, ref.line(), key + ": an empty entry names no line");
      return Optional.empty();
    }
    String wanted = Loose.of(ref.startsWith());
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (Loose.of(texts.get(i)).startsWith(wanted)) {
        found.add(i);
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    if (found.isEmpty()) {
      diagnostics.error(path, ref.line(),
          key + ": no line of " + source.path() + " starts with \"" + Excerpts.cut(ref.startsWith(), 60) + "\""
              + nearest(wanted));
    } else {
      List<Integer> lines = found.stream().map(numbers::get).toList();
      diagnostics.error(path, ref.line(),
          key + ": " + found.size() + " lines of " + source.path() + " start with \""
              + Excerpts.cut(ref.startsWith(), 60) + "\" (lines " + lines + "); quote more of the line");
    }
    return Optional.empty();
  }

  /** The line whose start is nearest to the wanted words, when within half their length. */
  private String nearest(String wanted) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < texts.size(); i++) {
      String loose = Loose.of(texts.get(i));
      int distance = Suggestions.distance(wanted, loose.substring(0, Math.min(loose.length(), wanted.length())));
      if (distance < bestDistance) {
        best = i;
        bestDistance = distance;
      }
    }
    if (best < 0 || bestDistance > wanted.length() / 2) {
      return "";
    }
    return "; nearest is line " + numbers.get(best) + ": \"" + Excerpts.cut(texts.get(best), 60) + "\"";
  }
}
