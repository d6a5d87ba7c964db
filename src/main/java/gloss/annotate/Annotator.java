package gloss.annotate;

import gloss.diag.Diagnostics;
import gloss.load.EditionConfig.MentionPolicy;
import gloss.load.Note;
import gloss.load.PassageNote;
import gloss.structure.Block;
import gloss.structure.Metadata;
import gloss.structure.Reading;
import gloss.text.WideBuilder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stage 4, annotate: a {@link Reading} and the notes to Markdown with footnotes.
 *
 * <p>Writes YAML front matter, then the body: headings, paragraphs, block quotations with their
 * citations, every scraped word escaped so it renders as text. Mentions of entries link to the
 * entry's page; under the {@code first-footnote} policy the first mention in a reading also gets a
 * footnote with the entry's gloss. Passage notes from the sidecar become footnotes after their
 * quoted words. Footnotes are numbered in order of appearance, with standard {@code [^n]} syntax,
 * so Pandoc reads the file too.
 *
 * <p>Reports passage notes whose quote is missing or ambiguous (see {@link Anchors}).
 */
public final class Annotator {
  /** Where entry pages are, seen from a reading page. */
  static final String ENTRY_PREFIX = "../entries/";

  private final Catalog catalog;
  private final MentionPolicy policy;
  /**
   * Each entry's footnote text, made once and shared by every reading that footnotes the entry: an
   * edition of 10,000 readings has some 260,000 such footnotes, of a few thousand texts.
   */
  private final Map<String, String> entryFootnotes = new ConcurrentHashMap<>();

  public Annotator(Catalog catalog, MentionPolicy policy) {
    this.catalog = catalog;
    this.policy = policy;
  }

  private String entryFootnote(Note note) {
    return entryFootnotes.computeIfAbsent(note.id(), id -> "[" + MarkdownText.escape(note.name()) + "](" + ENTRY_PREFIX
        + id + ".html): " + MarkdownText.escape(note.gloss()));
  }

  public AnnotatedReading annotate(Reading reading, Diagnostics diagnostics) {
    List<String> texts = reading.paragraphs().stream().map(Block.Paragraph::text).toList();
    List<List<Catalog.Span>> spans =
        policy == MentionPolicy.OFF ? texts.stream().map(t -> List.<Catalog.Span>of()).toList() : catalog.find(texts);
    List<List<Marker>> markers = markers(reading, texts, diagnostics);
    // a method for each part, not one with every loop: a long method with loops is compiled once
    // for each loop while it runs, then once more whole, and that cost the compiler a quarter second
    return write(reading, texts, spans, markers);
  }

  /** The passage notes of the reading's sidecar, by paragraph; reports those that cannot be placed. */
  private List<List<Marker>> markers(Reading reading, List<String> texts, Diagnostics diagnostics) {
    List<List<Marker>> markers = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      markers.add(new ArrayList<>());
    }
    String sidecar = reading.source().sidecar().path();
    for (PassageNote note : reading.source().sidecar().notes()) {
      if (!note.entry().isEmpty() && catalog.note(note.entry()).isEmpty()) {
        diagnostics.error(sidecar, note.line(), "unknown note id \"" + note.entry() + "\" in entry:");
        continue;
      }
      Anchors.locate(note, texts, sidecar, diagnostics).ifPresent(a -> markers.get(a.paragraph())
          .add(new Marker(Math.max(0, a.end() - note.quote().length()), a.end(), note)));
    }
    return markers;
  }

  /** The reading's Markdown, with its footnotes and mentions. */
  private AnnotatedReading write(
      Reading reading, List<String> texts, List<List<Catalog.Span>> spans, List<List<Marker>> markers) {
    int chars = 0;
    for (String text : texts) {
      chars += text.length();
    }
    // room for the escapes, links, marks and footnote definitions added to the text, without growing
    Writer writer = new Writer(chars * 2 + 2048);
    writer.frontMatter(reading.meta(), reading);
    int paragraph = 0;
    for (Block block : reading.blocks()) {
      if (block instanceof Block.Heading heading) {
        writer.line("## " + MarkdownText.escape(heading.text()));
      } else if (block instanceof Block.Paragraph) {
        writer.line(writer.paragraph(texts.get(paragraph), spans.get(paragraph), markers.get(paragraph), paragraph));
        paragraph++;
      } else if (block instanceof Block.Quote quote) {
        writer.quote(quote, texts, spans, markers, paragraph);
        paragraph += quote.paragraphs().size();
      }
    }
    writer.footnoteDefinitions();
    return new AnnotatedReading(reading, writer.out.toString(), List.copyOf(writer.footnotes), List.copyOf(writer.mentions));
  }

  /** A passage note's place: its quote runs from {@code start} to {@code end} of its paragraph. */
  private record Marker(int start, int end, PassageNote note) {}

  /** Builds one reading's Markdown; numbers footnotes as they are written. */
  private final class Writer {
    final StringBuilder out;
    final List<Footnote> footnotes = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final Set<String> footnoted = new HashSet<>();
    /** Where the last footnote mark of the paragraph being written ends in it; -1 before the first. */
    int markEnd = -1;

    Writer(int capacity) {
      out = WideBuilder.of(capacity); // nine texts in ten hold a curly quote
    }

    void frontMatter(Metadata meta, Reading reading) {
      out.append("---\n");
      field("title", Optional.of(meta.title()));
      field("date", meta.date().map(d -> d.iso()));
      field("source", meta.source());
      field("author", meta.author());
      field("url", meta.url());
      field("dateline", meta.dateline());
      if (!meta.credits().isEmpty()) {
        out.append("credits:\n");
        meta.credits().forEach(c -> out.append("  - ").append(MarkdownText.yamlString(c)).append('\n'));
      }
      field("original_name", reading.source().sidecar().originalName());
      field("sha256", Optional.of(reading.source().sha256()));
      out.append("---\n");
    }

    private void field(String key, Optional<String> value) {
      value.ifPresent(v -> out.append(key).append(": ").append(MarkdownText.yamlString(v)).append('\n'));
    }

    void line(String markdown) {
      out.append('\n').append(markdown).append('\n');
    }

    /** A quotation whose first paragraph is the reading's {@code first}. */
    void quote(Block.Quote quote, List<String> texts, List<List<Catalog.Span>> spans, List<List<Marker>> markers,
        int first) {
      List<String> lines = new ArrayList<>();
      for (int i = first; i < first + quote.paragraphs().size(); i++) {
        lines.add(paragraph(texts.get(i), spans.get(i), markers.get(i), i));
      }
      quote.citation().ifPresent(c -> lines.add("— " + MarkdownText.escape(c)));
      line("> " + String.join("\n>\n> ", lines));
    }

    /** One paragraph: escaped text with entry links and footnote marks inserted in order. */
    String paragraph(String text, List<Catalog.Span> spans, List<Marker> markers, int index) {
      List<Marker> sorted = new ArrayList<>(markers);
      sorted.sort((a, b) -> Integer.compare(a.end(), b.end()));
      StringBuilder md = new StringBuilder(text.length() + 64);
      markEnd = -1;
      int cursor = 0;
      int next = 0;
      for (Catalog.Span span : spans) {
        next = passageMarks(md, text, cursor, span.start(), sorted, next, index);
        String surface = text.substring(span.start(), span.end());
        mentions.add(new Mention(span.id(), index + 1, span.start(), span.end()));
        md.append('[').append(MarkdownText.escape(surface)).append("](")
            .append(ENTRY_PREFIX).append(span.id()).append(".html)");
        if (policy == MentionPolicy.FIRST_FOOTNOTE && footnoted.add(span.id())) {
          Note note = catalog.note(span.id()).orElseThrow();
          mark(md, footnote(note.kind().folder(), entryFootnote(note), note.id()));
        }
        cursor = span.end();
        while (next < sorted.size() && sorted.get(next).end() <= cursor) {
          mark(md, passageFootnote(sorted.get(next++), text, index));
        }
      }
      passageMarks(md, text, cursor, text.length(), sorted, next, index);
      return md.toString();
    }

    /** Writes text from {@code cursor} up to {@code limit}, with the passage marks inside it. */
    private int passageMarks(
        StringBuilder md, String text, int cursor, int limit, List<Marker> sorted, int next, int index) {
      int at = cursor;
      while (next < sorted.size() && sorted.get(next).end() <= limit) {
        int end = Math.max(at, sorted.get(next).end());
        text(md, text.substring(at, end));
        mark(md, passageFootnote(sorted.get(next++), text, index));
        at = end;
      }
      text(md, text.substring(at, limit));
      return next;
    }

    /** A footnote mark; {@link #text} knows where it ends. */
    private void mark(StringBuilder md, String mark) {
      md.append(mark);
      markEnd = md.length();
    }

    /**
     * Scraped text, escaped; a parenthesis right after a footnote mark escaped too, as {@code
     * [^3](see below)} would be a link to "see below".
     */
    private void text(StringBuilder md, String raw) {
      String escaped = MarkdownText.escape(raw);
      if (md.length() == markEnd && escaped.startsWith("(")) {
        md.append('\\');
      }
      md.append(escaped);
    }

    /**
     * A passage note's footnote. A note about an entry also records the quoted words as a mention
     * of that entry and ends with a link to its page.
     */
    private String passageFootnote(Marker marker, String text, int index) {
      PassageNote note = marker.note();
      String label = note.kind().label();
      String body = note.body().strip().replace("\n", "\n    ");
      if (!note.entry().isEmpty()) {
        Note entry = catalog.note(note.entry()).orElseThrow();
        mentions.add(new Mention(entry.id(), index + 1, marker.start(), marker.end()));
        footnoted.add(entry.id());
        body = body + "\n    See [" + MarkdownText.escape(entry.name()) + "](" + ENTRY_PREFIX + entry.id() + ".html).";
      }
      return footnote(label, "*" + Character.toUpperCase(label.charAt(0)) + label.substring(1) + ".* " + body, "");
    }

    private String footnote(String label, String markdown, String entry) {
      int number = footnotes.size() + 1;
      footnotes.add(new Footnote(number, label, markdown, entry));
      return "[^" + number + "]";
    }

    void footnoteDefinitions() {
      if (!footnotes.isEmpty()) {
        out.append('\n');
      }
      for (Footnote f : footnotes) {
        out.append("[^").append(f.number()).append("]: ").append(f.markdown()).append('\n');
      }
    }
  }
}
