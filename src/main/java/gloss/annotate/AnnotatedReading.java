package gloss.annotate;

import gloss.structure.Reading;
import java.util.List;

/**
 * A reading with its apparatus: the Markdown (front matter, body with links and footnote marks,
 * footnote definitions), the footnotes and the mentions found.
 */
public record AnnotatedReading(
    Reading reading, String markdown, List<Footnote> footnotes, List<Mention> mentions) {

  public String id() {
    return reading.id();
  }
}
