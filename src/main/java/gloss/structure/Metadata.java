package gloss.structure;

import gloss.text.EditionDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known about a reading, from its sidecar (which wins) and from the text itself.
 *
 * @param titleOrigin where the title came from: the text, the sidecar, or a fallback
 * @param credits lines such as "Laura Kelly contributed." moved out of the body
 * @param dateline a wire dateline such as "WASHINGTON (AP)" moved out of the lead paragraph
 */
public record Metadata(
    String title,
    TitleOrigin titleOrigin,
    Optional<String> titleNote,
    Optional<EditionDate> date,
    Optional<String> dateNote,
    Optional<String> source,
    Optional<String> author,
    Optional<String> url,
    Optional<String> dateline,
    List<String> credits,
    Optional<String> summary,
    Optional<String> advisory) {

  /** Where a reading's title came from. */
  public enum TitleOrigin {
    TEXT,
    SIDECAR,
    FALLBACK
  }
}
