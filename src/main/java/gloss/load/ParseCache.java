package gloss.load;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * What loading made of each file (a decoded and checked text with its parsed sidecar, a parsed
 * note), kept from one build to the next so that a preview server's rebuild parses again only the
 * files that changed. Entries are keyed by path and valid only for the very bytes they were made
 * from, so a stale entry can never be used; the diagnostics a parse gave are kept and reported
 * again. What a load did not ask for is dropped when the next load ends.
 *
 * <p>A file is not even read again when its {@link Stamp} (size, modification time, file key) is
 * the one it had when it was last read, and that modification time lies well before the read: the
 * rule Git uses against "racily clean" files. A file written in the same clock tick as it was
 * read, or again within that tick, could keep its stamp while its bytes changed; such a file is
 * always read and compared in full.
 */
public final class ParseCache {
  /** How long before a read a file must have last changed for its stamp to be trusted. */
  private static final long RACY_MILLIS = 2_000;

  /** What a directory listing tells of a file, without reading it. */
  record Stamp(long size, FileTime modified, Object fileKey) {
    static Stamp of(BasicFileAttributes attributes) {
      return new Stamp(attributes.size(), attributes.lastModifiedTime(), attributes.fileKey());
    }
  }

  private record Entry(byte[][] inputs, List<Stamp> stamps, long readMillis, Object value, List<Diagnostic> diagnostics) {
    /** Whether these stamps prove the files unchanged since this entry read them. */
    boolean unchanged(List<Stamp> now) {
      if (stamps == null || now == null || !stamps.equals(now)) {
        return false;
      }
      for (Stamp stamp : now) {
        if (stamp != null && stamp.modified().toMillis() > readMillis - RACY_MILLIS) {
          return false;
        }
      }
      return true;
    }
  }

  /** Reads the files of one entry: their bytes, {@code null} for a file that is absent or failed. */
  interface Reader {
    Optional<byte[][]> read();
  }

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
   * What {@code parse} makes of the files of {@code key} (their contents, {@code null} for a file
   * that does not exist), or what it made of the same bytes last time, with its diagnostics
   * reported again. The files are read by {@code read} only when {@code stamps} (one for each
   * file, {@code null} for one that is absent; {@code null} for none known) do not prove them
   * unchanged since the last load. Empty when {@code read} fails, after it reported why.
   */
  @SuppressWarnings("unchecked")
  <T> Optional<T> get(
      String key, List<Stamp> stamps, Reader read, Diagnostics diagnostics, BiFunction<byte[][], Diagnostics, T> parse) {
    if (!keep) {
      return read.read().map(inputs -> parse.apply(inputs, diagnostics));
    }
    Entry entry = previous.get(key);
    if (entry == null || !entry.unchanged(stamps)) {
      long readMillis = System.currentTimeMillis();
      Optional<byte[][]> inputs = read.read();
      if (inputs.isEmpty()) {
        return Optional.empty();
      }
      if (entry == null || !Arrays.deepEquals(entry.inputs(), inputs.get())) {
        Diagnostics local = new Diagnostics();
        entry = new Entry(inputs.get(), stamps, readMillis, parse.apply(inputs.get(), local), local.all());
      } else {
        entry = new Entry(entry.inputs(), stamps, readMillis, entry.value(), entry.diagnostics());
      }
    }
    current.put(key, entry);
    entry.diagnostics().forEach(diagnostics::add);
    return Optional.of((T) entry.value());
  }

  /** Called when a load ends: keeps what it used, drops the rest. */
  void endLoad() {
    if (keep) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }
}
