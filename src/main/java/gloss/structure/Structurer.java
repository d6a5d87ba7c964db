package gloss.structure;

import gloss.clean.Cleaned;
import gloss.clean.CleaningReport;
import gloss.clean.Layout;
import gloss.clean.Line;
import gloss.clean.ReportEntry;
import gloss.diag.Diagnostics;
import gloss.load.Sidecar;
import gloss.structure.Metadata.TitleOrigin;
import gloss.text.EditionDate;
import gloss.text.Excerpts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage 3, structure: cleaned lines to a {@link Reading} of metadata and blocks.
 *
 * <p>Finds the title (the first title-like line; the sidecar's title wins), credits ("X
 * contributed."), a wire dateline in the lead, section headings, and block quotations: a paragraph
 * ending with a colon introduces one, a headline or "Headline | Publication" line just before a
 * quotation is its citation, and a quotation opened with “ that closes only in a later paragraph
 * spans all of them.
 *
 * <p>Warns when a reading has no title in the text or the sidecar, and when the sidecar's date
 * differs from a date written in the text.
 */
public final class Structurer {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Longest run of paragraphs one quotation may span before the marks are taken as unbalanced. */
  static final int MAX_QUOTE_PARAGRAPHS = 15;
  private static final int FALLBACK_WORDS = 8;

  private Structurer() {}

  public static Reading structure(Cleaned cleaned, Diagnostics diagnostics) {
    Sidecar sidecar = cleaned.source().sidecar();
    List<Line> lines = new ArrayList<>(cleaned.lines());
    String path = cleaned.source().path();

    Layout layout = cleaned.layout();
    List<ReportEntry> moved = new ArrayList<>();
    Optional<String> textTitle = Optional.empty();
    if (lines.size() > 1 && Lines.isTitleLike(lines.get(0).text()) && !layout.marks(lines.get(0).number())) {
      Line title = lines.remove(0);
      textTitle = Optional.of(title.text());
      moved.add(move(title.number(), title.text(), "", sidecar.title().isPresent()
          ? "the text's title line (the sidecar's title is shown)" : "the title"));
    }
    List<String> credits = new ArrayList<>();
    for (Line line : List.copyOf(lines)) {
      if (Lines.isCredit(line.text()) && !layout.marks(line.number())) {
        lines.remove(line);
        credits.add(line.text());
        moved.add(move(line.number(), line.text(), "", "a credit line"));
      }
    }

    Optional<String> dateline = Optional.empty();
    if (!lines.isEmpty()) {
      Datelines.Split split = Datelines.split(lines.get(0).text());
      if (split.dateline().isPresent()) {
        dateline = split.dateline();
        moved.add(move(lines.get(0).number(), lines.get(0).text(), split.rest(), "the dateline \"" + dateline.get() + "\""));
        lines.set(0, new Line(lines.get(0).number(), split.rest()));
      }
    }
    List<Block> blocks = blocks(lines, layout);

    String title;
    TitleOrigin origin;
    if (sidecar.title().isPresent()) {
      title = sidecar.title().get();
      origin = TitleOrigin.SIDECAR;
    } else if (textTitle.isPresent()) {
      title = textTitle.get();
      origin = TitleOrigin.TEXT;
    } else {
      title = fallbackTitle(lines, cleaned.source().fileName());
      origin = TitleOrigin.FALLBACK;
      diagnostics.warn(
          path, lines.isEmpty() ? 0 : lines.get(0).number(),
          "no title line in the text; using \"" + Excerpts.cut(title) + "\" (set title: in the sidecar)");
    }
    Optional<EditionDate> date = sidecar.date().or(() -> cleaned.found().date());
    if (sidecar.date().isPresent() && cleaned.found().date().isPresent()
        && !sidecar.date().equals(cleaned.found().date())) {
      diagnostics.warn(
          sidecar.path(), sidecar.line("date"),
          "date " + sidecar.date().get().iso() + " differs from the date in the text ("
              + cleaned.found().date().get().iso() + "); the sidecar wins");
    }
    Metadata meta =
        new Metadata(
            title,
            origin,
            sidecar.titleNote(),
            date,
            sidecar.dateNote(),
            sidecar.source().or(() -> cleaned.found().source()),
            sidecar.author(),
            sidecar.url(),
            dateline,
            List.copyOf(credits),
            sidecar.summary(),
            sidecar.advisory());
    List<ReportEntry> entries = new ArrayList<>(cleaned.report().entries());
    entries.addAll(moved);
    entries.sort(Comparator.comparingInt(ReportEntry::line));
    CleaningReport report = new CleaningReport(cleaned.report().path(), List.copyOf(entries));
    return new Reading(cleaned.source().withoutText(), meta, List.copyOf(blocks), report);
  }

  private static ReportEntry move(int line, String before, String after, String what) {
    return new ReportEntry(ReportEntry.Action.MOVED, line, "structure", before, after, what);
  }

  private static List<Block> blocks(List<Line> lines, Layout layout) {
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      Line line = lines.get(i);
      String text = line.text();
      boolean hasNext = i + 1 < lines.size();
      Optional<Layout.QuoteSpan> marked = layout.quoteAt(line.number());
      if (marked.isPresent()) {
        List<Block.Paragraph> paragraphs = new ArrayList<>();
        while (i < lines.size() && lines.get(i).number() <= marked.get().last()) {
          paragraphs.add(new Block.Paragraph(lines.get(i).text(), lines.get(i).number()));
          i++;
        }
        blocks.add(new Block.Quote(List.copyOf(paragraphs), marked.get().citation(), line.number()));
      } else if (layout.headings().contains(line.number())) {
        blocks.add(new Block.Heading(text, line.number()));
        i++;
      } else if (layout.marks(line.number())) {
        blocks.add(new Block.Paragraph(text, line.number()));
        i++;
      } else if (Lines.introducesQuotation(text) && hasNext && !layout.marks(lines.get(i + 1).number())) {
        blocks.add(new Block.Paragraph(text, line.number()));
        i = quotation(lines, i + 1, blocks, true);
      } else if (text.contains(" | ") && hasNext && Lines.opensQuotation(lines.get(i + 1).text())) {
        i = quotation(lines, i, blocks, false);
      } else if (Lines.opensQuotation(text) && Lines.quoteBalance(text) > 0 && closes(lines, i)) {
        i = quotation(lines, i, blocks, false);
      } else if (Lines.isHeadingLike(text) && hasNext && !blocks.isEmpty()
          && !Lines.isHeadingLike(lines.get(i + 1).text())) {
        blocks.add(new Block.Heading(text, line.number()));
        i++;
      } else {
        blocks.add(new Block.Paragraph(text, line.number()));
        i++;
      }
    }
    return blocks;
  }

  /**
   * Adds the quotation that starts at {@code start} (with its citation line, if any) and returns
   * the index after it. After a colon, a single plain paragraph is the quotation; otherwise the
   * quotation runs from an opening mark to the paragraph where the marks balance.
   */
  private static int quotation(List<Line> lines, int start, List<Block> blocks, boolean afterColon) {
    Optional<String> citation = Optional.empty();
    int first = start;
    String text = lines.get(start).text();
    if (first + 1 < lines.size() && !Lines.opensQuotation(text) && Lines.isCitationLike(text)
        && Lines.opensQuotation(lines.get(first + 1).text())) {
      citation = Optional.of(text);
      first++;
    }
    String opening = lines.get(first).text();
    if (!Lines.opensQuotation(opening) && afterColon && Lines.isHeadingLike(opening)) {
      return start;
    }
    int last = first;
    if (Lines.opensQuotation(opening) && closes(lines, first)) {
      last = closingIndex(lines, first);
    }
    List<Block.Paragraph> paragraphs = new ArrayList<>();
    for (int j = first; j <= last; j++) {
      paragraphs.add(new Block.Paragraph(lines.get(j).text(), lines.get(j).number()));
    }
    blocks.add(new Block.Quote(List.copyOf(paragraphs), citation, lines.get(start).number()));
    return last + 1;
  }

  private static boolean closes(List<Line> lines, int start) {
    return closingIndex(lines, start) >= 0;
  }

  /** Index of the paragraph where the quotation opened at {@code start} closes, or -1. */
  private static int closingIndex(List<Line> lines, int start) {
    int depth = 0;
    for (int j = start; j < lines.size() && j < start + MAX_QUOTE_PARAGRAPHS; j++) {
      depth += Lines.quoteBalance(lines.get(j).text());
      if (depth <= 0) {
        return j;
      }
    }
    return -1;
  }

  /** A first sentence or first words, never a whole paragraph; else the file name. */
  private static String fallbackTitle(List<Line> lines, String fileName) {
    if (!lines.isEmpty()) {
      String[] words = SPACES.split(lines.get(0).text());
      if (words.length > FALLBACK_WORDS) {
        return String.join(" ", List.of(words).subList(0, FALLBACK_WORDS)) + "…";
      }
    }
    String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    String spaced = stem.replace('_', ' ').replace('-', ' ').strip();
    if (spaced.isEmpty()) {
      return "Untitled reading";
    }
    return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }
}
