package gloss.load;

import gloss.diag.Diagnostics;
import gloss.text.EditionDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A reading's metadata, from {@code <name>.yaml} beside its scraped text. Every field is optional;
 * a reading with no sidecar at all has {@link #present()} false.
 *
 * @param path the sidecar's display path (even when absent, for messages)
 * @param overrides corrections to what the cleaner and structurer would do
 * @param questions questions for discussion, in Markdown
 * @param keyTerms ids of the entries a class should know for this reading
 * @param lines the line of each key that was given, for messages that name it
 */
public record Sidecar(
    String path,
    boolean present,
    Optional<String> title,
    Optional<String> titleNote,
    Optional<EditionDate> date,
    Optional<String> dateNote,
    Optional<String> source,
    Optional<String> author,
    Optional<String> url,
    Optional<String> originalName,
    Optional<String> sha256,
    Optional<Integer> order,
    Optional<String> summary,
    Optional<String> advisory,
    List<PassageNote> notes,
    Overrides overrides,
    List<String> questions,
    List<Note.Ref> keyTerms,
    Map<String, Integer> lines) {

  /** The sidecar of a reading that has none. */
  public static Sidecar absent(String path) {
    return new Sidecar(
        path, false, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Overrides.NONE, List.of(),
        List.of(), Map.of());
  }

  /**
   * Reads a sidecar's text as a build does, reporting each problem against {@code path}: for
   * {@code gloss add}, which checks the sidecar it is about to write before writing anything.
   */
  public static Sidecar parse(String yaml, String path, Diagnostics diagnostics) {
    return SidecarParser.parse(yaml, path, diagnostics);
  }

  /** Line of {@code key} in the sidecar, or 0 when it was not given. */
  public int line(String key) {
    return lines.getOrDefault(key, 0);
  }
}
