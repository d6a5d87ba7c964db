package gloss.annotate;

import gloss.structure.Reading;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A reading with its apparatus: the Markdown (front matter, body with links and footnote marks,
 * footnote definitions), the footnotes and the mentions found.
 *
 * <p>Immutable and compared by value, like a record. The Markdown is kept as the UTF-8 bytes of
 * the reading's {@code .md} file: a Java string holds most news texts at two bytes a character
 * (one curly quote is enough), and an edition keeps every reading's Markdown until it is rendered.
 */
public final class AnnotatedReading {
  private final Reading reading;
  private final byte[] markdown;
  private final List<Footnote> footnotes;
  private final List<Mention> mentions;

  public AnnotatedReading(Reading reading, String markdown, List<Footnote> footnotes, List<Mention> mentions) {
    this.reading = Objects.requireNonNull(reading, "reading");
    this.markdown = markdown.getBytes(StandardCharsets.UTF_8);
    this.footnotes = List.copyOf(footnotes);
    this.mentions = List.copyOf(mentions);
  }

  public String id() {
    return reading.id();
  }

  public Reading reading() {
    return reading;
  }

  /** The Markdown, decoded anew at each call. */
  public String markdown() {
    return new String(markdown, StandardCharsets.UTF_8);
  }

  /** The Markdown as the bytes of the reading's {@code .md} file. */
  public byte[] markdownBytes() {
    return markdown.clone();
  }

  public List<Footnote> footnotes() {
    return footnotes;
  }

  public List<Mention> mentions() {
    return mentions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AnnotatedReading that && reading.equals(that.reading)
        && Arrays.equals(markdown, that.markdown) && footnotes.equals(that.footnotes) && mentions.equals(that.mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reading, Arrays.hashCode(markdown), footnotes, mentions);
  }

  @Override
  public String toString() {
    return "AnnotatedReading[" + id() + ", " + markdown.length + " bytes of Markdown, " + footnotes.size() + " footnotes, "
        + mentions.size() + " mentions]";
  }
}
