package gloss.structure;

import gloss.clean.CleaningReport;
import gloss.load.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * A cleaned, structured reading: its metadata and body blocks, the source it came from and the
 * report of what cleaning removed.
 */
public record Reading(Source source, Metadata meta, List<Block> blocks, CleaningReport report) {

  public String id() {
    return source.id();
  }

  /** Every paragraph of the body in order, those inside quotations included. */
  public List<Block.Paragraph> paragraphs() {
    List<Block.Paragraph> all = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        all.add(paragraph);
      } else if (block instanceof Block.Quote quote) {
        all.addAll(quote.paragraphs());
      }
    }
    return all;
  }
}
