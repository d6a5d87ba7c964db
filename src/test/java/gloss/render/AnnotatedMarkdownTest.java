package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.annotate.MarkdownText;
import gloss.structure.Block;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link AnnotatedMarkdown} against the long way (Flexmark's renderer, then {@link ReadingHtml}'s
 * edits through Jsoup): the same bytes whenever it writes a page, and no page for what it does not
 * know.
 */
class AnnotatedMarkdownTest {
  private final MarkdownRenderer flexmark = new MarkdownRenderer();

  @TempDir Path root;

  private String longWay(String markdown, List<Block> blocks) {
    return ReadingHtml.decorated(flexmark.toHtmlByFlexmark(markdown), blocks).html();
  }

  private void assertSamePage(String markdown, List<Block> blocks, String what) {
    Optional<String> page = AnnotatedMarkdown.page(markdown, blocks);
    assertTrue(page.isPresent(), what + " should be read without a parser");
    assertEquals(longWay(markdown, blocks), page.get(), what);
    assertSamePacket(markdown, blocks, page.get(), what);
  }

  /** The packet's copy written with the page is what {@link PacketHtml} makes of the page afterwards. */
  private static void assertSamePacket(String markdown, List<Block> blocks, String page, String what) {
    ReadingHtml.Bodies bodies = AnnotatedMarkdown.bodies(markdown, blocks, "r7-").orElseThrow();
    assertEquals(page, bodies.page().toString(), what);
    assertEquals(PacketHtml.of(page, "r7-"), bodies.packet().toString(), what);
  }

  /**
   * No page, and the renderer's answer (by the other ways) is still the long way's, where the long
   * way takes the Markdown: a list, say, is no paragraph, and no reading holds one.
   */
  private void assertLeftToFlexmark(String markdown, List<Block> blocks, String what) {
    assertFalse(AnnotatedMarkdown.page(markdown, blocks).isPresent(), what);
    String expected;
    try {
      expected = longWay(markdown, blocks);
    } catch (IllegalStateException | IndexOutOfBoundsException e) {
      return;
    }
    assertEquals(expected, flexmark.readingBodies(markdown, blocks, "r1-").page().toString(), what);
  }

  @Test
  void syntheticReadingsAreReadWithoutAParser() throws IOException {
    int quotations = 0;
    for (BuiltReadings r : BuiltReadings.synthetic(root, 17, 40)) {
      assertTrue(r.markdown().contains("[^1]: "), "notes in " + r.id());
      assertSamePage(r.markdown(), r.blocks(), r.id());
      quotations += r.markdown().contains("\n> ") ? 1 : 0;
    }
    assertTrue(quotations > 5, quotations + " readings with quotations");
  }

  @Test
  void theEditionsReadingsComeOutAsTheLongWayMakesThem() throws IOException {
    for (BuiltReadings r : BuiltReadings.edition()) {
      // the edition's passage notes are written by editors, in Markdown of every kind: whichever
      // way a reading goes, its page is the long way's
      String expected = longWay(r.markdown(), r.blocks());
      AnnotatedMarkdown.page(r.markdown(), r.blocks()).ifPresent(page -> {
        assertEquals(expected, page, r.id());
        assertSamePacket(r.markdown(), r.blocks(), page, r.id());
      });
      assertEquals(expected, flexmark.readingBodies(r.markdown(), r.blocks(), "r1-").page().toString(), r.id());
    }
  }

  private static final String FRONT = "---\ntitle: \"A \\\"title\\\"\"\ncredits:\n  - \"Photo: AP\"\nsha256: \"ab\"\n---\n";

  @Test
  void everyKindOfBlockMarkAndNote() {
    String markdown = FRONT
        + "\n## Talks on Ada \\[1842\\] \\#2\n"
        + "\n[Ada Lovelace](../entries/ada-lovelace.html)[^1] wrote \"notes\" (1843) — 1 \\< 2 \\& café\u00a0x; "
        + "a \\*star\\*, a [link out](https://example.org/a_b?x=1#top)[^2] and [mail](mailto:a@b.c).\n"
        + "\n> \u201cA quoted [Ada](../entries/ada-lovelace.html) line,\u201d she said[^3].\n>\n> A second one.\n>\n> — A Source \\| Site\n"
        + "\n## Talks on Ada \\[1842\\] \\#2\n"
        + "\n> Only quoted, 42\\. not a list.\n"
        + "\n1\\. Not a list either, nor \\- this.\n"
        + "\n[^1]: [Ada Lovelace](../entries/ada-lovelace.html): English mathematician \\(1815–1852\\).\n"
        + "[^2]: *Context.* The link goes out of the edition.\n"
        + "[^3]: *Editorial.* A passage note over\n    two lines, with [an entry](../entries/ada-lovelace.html).\n";
    List<Block> blocks = List.of(
        new Block.Heading("h", 1),
        new Block.Paragraph("p", 3),
        new Block.Quote(List.of(new Block.Paragraph("q", 5), new Block.Paragraph("q", 7)), Optional.of("A Source | Site"), 5),
        new Block.Heading("h", 11),
        new Block.Quote(List.of(new Block.Paragraph("q", 13)), Optional.empty(), 13),
        new Block.Paragraph("p", 15));
    assertSamePage(markdown, blocks, "every kind");
    String page = AnnotatedMarkdown.page(markdown, blocks).orElseThrow();
    assertTrue(page.contains("<h2 id=\"s-talks-on-ada-1842-2-2\">"), page);
    assertTrue(page.contains("rel=\"noopener external\""), page);
    assertTrue(page.contains("<em>Context.</em> The link"), page);
    assertTrue(page.contains("<p id=\"p4\" class=\"para\">"), page);
  }

  /** Links of every kind the packet rebases, in the text and in a sidenote, and headings it moves down a level. */
  @Test
  void thePacketsCopyIsWrittenWithThePage() {
    String markdown = FRONT
        + "\n## First \\& \"best\"\n"
        + "\nSee [above](#p1), [the next](next.html), [about](../about.html), [A](../entries/a.html)"
        + " and [out](https://example.org/x?a=1#b)[^1].\n"
        + "\n## First \\& \"best\"\n"
        + "\n> Quoted [again](#s-first-best)[^2].\n>\n> — Someone\n"
        + "\n[^1]: *Context.* A note with [a link](next.html#p2) and [another](#fn-2).\n"
        + "[^2]: [A](../entries/a.html): a gloss.\n";
    List<Block> blocks = List.of(
        new Block.Heading("h", 1),
        new Block.Paragraph("p", 3),
        new Block.Heading("h", 5),
        new Block.Quote(List.of(new Block.Paragraph("q", 7)), Optional.of("Someone"), 7));
    assertSamePage(markdown, blocks, "links and headings");
    String packet = AnnotatedMarkdown.bodies(markdown, blocks, "r7-").orElseThrow().packet().toString();
    for (String part : List.of("<h3 id=\"r7-s-first-best\">", "<h3 id=\"r7-s-first-best-2\">", "href=\"#r7-p1\"",
        "href=\"readings/next.html\"", "href=\"about.html\"", "href=\"entries/a.html\"", "href=\"readings/next.html#p2\"",
        "href=\"#r7-fn-2\"", "href=\"#r7-s-first-best\"", "<p id=\"r7-p2\"", "<sup id=\"r7-fnref-1\">",
        "<li id=\"r7-fn-1\">", "href=\"#r7-fnref-2\"", "<h3 class=\"notes-heading\">Notes</h3>",
        "href=\"https://example.org/x?a=1#b\"")) {
      assertTrue(packet.contains(part), part + " in " + packet);
    }
    assertFalse(packet.contains("<h2"), packet);
  }

  @Test
  void whatItDoesNotKnowIsLeftToFlexmark() {
    List<Block> one = List.of(new Block.Paragraph("p", 1));
    for (String body : List.of(
        "Some *emphasis*.", "Some `code`.", "An &amp; entity.", "A <b>tag</b>.", "![an image](a.png)",
        "- a list", "+ a list", "1. a list", "12) a list", "= underline", "Trailing space ", "Trailing hard break  ",
        " Leading space", "    Indented code", "A\ttab", "A control \u0001 character", "A delete \u007f character", "A next-line \u0085 character", "A [link](x.html \"with a title\")",
        "A [link](<x.html>)", "A [bad](javascript:alert(1))", "A [link](x.html)(more)[", "Bare [brackets] here",
        "A trailing backslash \\", "A \\q that escapes nothing", "[^1]: starts like a note", "A mark[^2] out of order",
        "A mark[^1] and again[^1]", "A mark[^01]", "A [](empty.html) link", "A [link](a b.html)", "A # heading mark")) {
      String markdown = FRONT + "\n" + body + "\n" + (body.contains("[^") ? "\n[^1]: One.\n[^2]: Two.\n" : "");
      assertLeftToFlexmark(markdown, one, body);
    }
    String good = FRONT + "\nText[^1].\n\n[^1]: A note.\n";
    assertSamePage(good, one, "the control case");
    for (String markdown : List.of(
        good.replace("[^1]: A note.", "[^1]: A note.\n[^2]: Never marked."),
        good.replace("[^1]: A note.", "[^1]: *Emphasis* inside."),
        good.replace("[^1]: A note.", "[^1]: A note\n    - with a list"),
        good.replace("[^1]: A note.", "[^1]: A note\n    1990. a year"),
        good.replace("[^1]: A note.", "[^1]: A note\n\n    in two paragraphs."),
        good.replace("[^1]: A note.", "[^1]: A note\n        indented twice."),
        good.replace("[^1]: A note.", "[^1]: A note with a mark[^1]."),
        good.replace("[^1]: A note.", "[^1]: A note.\nA lazy line."),
        good.substring(0, good.length() - 1),
        good.replace("---\ntitle", "---\nTitle"),
        good.replace("credits:\n", "credits: [a]\n"),
        good.replace("\nText", "\n\nText"))) {
      assertLeftToFlexmark(markdown, one, markdown);
    }
    assertLeftToFlexmark(good, List.of(new Block.Heading("h", 1)), "a paragraph where a heading should be");
    assertLeftToFlexmark(good, List.of(one.get(0), one.get(0)), "fewer paragraphs than blocks");
    assertLeftToFlexmark(FRONT + "\n> A quote.\n", List.of(
        new Block.Quote(List.of(new Block.Paragraph("q", 1)), Optional.of("A source"), 1)), "a citation missing");
  }

  /**
   * Random readings laid out as {@code Annotator} lays them out, their text from an alphabet of
   * Markdown's syntax, white space, digits and letters, now and then a line left unescaped: when
   * the reader writes a page, it is the long way's, and it writes many of the well-formed ones (white
   * space at either end of a link's text or a line, which it leaves to Flexmark, is common here).
   */
  @Test
  void randomReadingsComeOutAsTheLongWayMakesThem() {
    Random random = new Random(20261202);
    int read = 0;
    int wellFormed = 0;
    for (int n = 0; n < 1_500; n++) {
      boolean raw = random.nextInt(6) == 0;
      StringBuilder md = new StringBuilder(FRONT);
      List<Block> blocks = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      int count = 1 + random.nextInt(5);
      for (int b = 0; b < count; b++) {
        int kind = random.nextInt(4);
        if (kind == 0) {
          md.append("\n## ").append(text(random, raw, notes, false)).append('\n');
          blocks.add(new Block.Heading("h", b));
        } else if (kind == 1) {
          List<Block.Paragraph> paragraphs = new ArrayList<>();
          List<String> lines = new ArrayList<>();
          for (int q = random.nextInt(2); q >= 0; q--) {
            lines.add(text(random, raw, notes, true));
            paragraphs.add(new Block.Paragraph("q", b));
          }
          boolean cited = random.nextBoolean();
          if (cited) {
            lines.add("— " + MarkdownText.escape(words(random)));
          }
          md.append("\n> ").append(String.join("\n>\n> ", lines)).append('\n');
          blocks.add(new Block.Quote(paragraphs, cited ? Optional.of("c") : Optional.empty(), b));
        } else {
          md.append('\n').append(text(random, raw, notes, true)).append('\n');
          blocks.add(new Block.Paragraph("p", b));
        }
      }
      if (!notes.isEmpty()) {
        md.append('\n');
        for (int i = 0; i < notes.size(); i++) {
          md.append("[^").append(i + 1).append("]: ").append(notes.get(i)).append('\n');
        }
      }
      String markdown = md.toString();
      Optional<String> page = AnnotatedMarkdown.page(markdown, blocks);
      if (page.isPresent()) {
        read++;
        assertEquals(longWay(markdown, blocks), page.get(), markdown);
      }
      if (!raw) {
        wellFormed++;
      }
    }
    assertTrue(read > wellFormed / 3, read + " of " + wellFormed + " well-formed readings read without a parser");
  }

  /** Markdown's syntax, white space of several kinds, digits, letters, and characters HTML writers treat apart. */
  private static final String ALPHABET = "aZé 0123456789.,;:!?\"'()-+=*_`[]<>#|{}~&$^\\/%@\u00a0\u2014\u201c\u201d"
      + "\u2028\u2009\u200b\ufeff\ufffd\u0301\u00ad\ud83d\ude00\u3000\u00e6";
  /** Whole characters: text decoded from a file never holds half of a surrogate pair. */
  private static final int[] CODE_POINTS = ALPHABET.codePoints().toArray();

  private static String words(Random random) {
    StringBuilder s = new StringBuilder();
    for (int i = 1 + random.nextInt(12); i > 0; i--) {
      s.appendCodePoint(CODE_POINTS[random.nextInt(CODE_POINTS.length)]);
    }
    // as the structurer leaves paragraphs and as names are: no white space at either end (lines
    // and links that have some are among the cases above)
    String words = s.toString().strip().replaceAll("^[\\p{Zs}\\ufeff]+|[\\p{Zs}\\ufeff]+$", "");
    return words.isEmpty() ? "a" : words;
  }

  /** A line of escaped words, entry links and (when {@code marks}) footnote marks, or now and then raw text. */
  private static String text(Random random, boolean raw, List<String> notes, boolean marks) {
    StringBuilder line = new StringBuilder();
    for (int part = 1 + random.nextInt(5); part > 0; part--) {
      String words = words(random);
      int kind = random.nextInt(5);
      if (raw && random.nextInt(3) == 0) {
        line.append(words);
      } else if (kind == 0) {
        line.append('[').append(MarkdownText.escape(words)).append("](../entries/e-").append(random.nextInt(9)).append(".html)");
      } else {
        line.append(MarkdownText.escape(words));
      }
      if (marks && random.nextInt(3) == 0) {
        notes.add(random.nextBoolean()
            ? "[" + MarkdownText.escape(words(random)) + "](../entries/e.html): " + MarkdownText.escape(words(random))
            : "*Context.* " + MarkdownText.escape(words(random)) + "\n    See [X](../entries/x.html).");
        line.append("[^").append(notes.size()).append(']');
      }
    }
    return line.toString();
  }
}
