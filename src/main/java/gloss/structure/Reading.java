package gloss.structure;

import gloss.clean.CleaningReport;
import gloss.load.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cleaned, structured reading: its metadata and body blocks, the source it came from and the
 * report of what cleaning removed.
 *
 * <p>Immutable and compared by value, like a record; a class only so that the list of paragraphs,
 * which every later stage asks for many times, is made once.
 */
public final class Reading {
  private final Source source;
  private final Metadata meta;
  private final List<Block> blocks;
  private final CleaningReport report;
  private final List<Block.Paragraph> paragraphs;

  public Reading(Source source, Metadata meta, List<Block> blocks, CleaningReport report) {
    this.source = Objects.requireNonNull(source, "source");
    this.meta = Objects.requireNonNull(meta, "meta");
    this.blocks = List.copyOf(blocks);
    this.report = Objects.requireNonNull(report, "report");
    List<Block.Paragraph> all = new ArrayList<>();
    for (Block block : this.blocks) {
      if (block instanceof Block.Paragraph paragraph) {
        all.add(paragraph);
      } else if (block instanceof Block.Quote quote) {
        all.addAll(quote.paragraphs());
      }
    }
    this.paragraphs = List.copyOf(all);
  }

  /** The source it came from, without its text ({@link Source#withoutText}). */
  public Source source() {
    return source;
  }

  public Metadata meta() {
    return meta;
  }

  public List<Block> blocks() {
    return blocks;
  }

  public CleaningReport report() {
    return report;
  }

  public String id() {
    return source.id();
  }

  /** Every paragraph of the body in order, those inside quotations included. */
  public List<Block.Paragraph> paragraphs() {
    return paragraphs;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Reading that
        && source.equals(that.source) && meta.equals(that.meta) && blocks.equals(that.blocks) && report.equals(that.report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, meta, blocks, report);
  }

  @Override
  public String toString() {
    return "Reading[" + source.id() + ", " + blocks.size() + " blocks]";
  }
}
