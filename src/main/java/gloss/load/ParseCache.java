package gloss.load;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What loading made of each file (a decoded and checked text with its parsed sidecar, a parsed
 * note), kept from one build to the next so that a preview server's rebuild parses again only the
 * files whose bytes changed. Entries are keyed by path and valid only for the very bytes they were
 * made from, compared in full, so a stale entry can never be used; the diagnostics a parse gave are
 * kept and reported again. What a load did not ask for is dropped when the next load ends.
 */
public final class ParseCache {
  private record Entry(byte[][] inputs, Object value, List<Diagnostic> diagnostics) {}

  private final boolean keep;
  private volatile Map<String, Entry> previous = Map.of();
  private volatile Map<String, Entry> current = new ConcurrentHashMap<>();

  /** A cache that keeps each load's results for the next. */
  public ParseCache() {
    this(true);
  }

  private ParseCache(boolean keep) {
    this.keep = keep;
  }

  /** A cache that keeps nothing, for a one-off build. */
  public static ParseCache none() {
    return new ParseCache(false);
  }

  /**
   * What {@code parse} makes of {@code inputs} (file contents; {@code null} for a file that does
   * not exist), or what it made of the same bytes last time, with its diagnostics reported again.
   */
  @SuppressWarnings("unchecked")
  <T> T get(String key, byte[][] inputs, Diagnostics diagnostics, Function<Diagnostics, T> parse) {
    if (!keep) {
      return parse.apply(diagnostics);
    }
    Entry entry = previous.get(key);
    if (entry == null || !Arrays.deepEquals(entry.inputs(), inputs)) {
      Diagnostics local = new Diagnostics();
      entry = new Entry(inputs, parse.apply(local), local.all());
    }
    current.put(key, entry);
    entry.diagnostics().forEach(diagnostics::add);
    return (T) entry.value();
  }

  /** Called when a load ends: keeps what it used, drops the rest. */
  void endLoad() {
    if (keep) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }
}
