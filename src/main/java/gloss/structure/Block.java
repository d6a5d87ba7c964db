package gloss.structure;

import java.util.List;
import java.util.Optional;

/** A block of a reading's body: a section heading, a paragraph, or a block quotation. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Quote {

  /** The scraped line this block starts on. */
  int line();

  /** A section heading: a short line without closing punctuation that heads what follows. */
  record Heading(String text, int line) implements Block {}

  /** One paragraph of the article, one scraped line. */
  record Paragraph(String text, int line) implements Block {}

  /**
   * A quotation set off from the text: one or more paragraphs, and the headline or publication it
   * was quoted from when the text names one just before it.
   */
  record Quote(List<Paragraph> paragraphs, Optional<String> citation, int line) implements Block {}
}
