package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import gloss.BuildResult;
import gloss.Fixtures;
import gloss.Gloss;
import gloss.Project;
import gloss.bench.SyntheticEdition;
import gloss.diag.Diagnostics;
import gloss.structure.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link AstHtml} against Flexmark's own renderer, on everything Gloss renders and on edge cases. */
class AstHtmlTest {
  private static final Parser PARSER = Parser.builder(new MutableDataSet().set(Parser.EXTENSIONS,
      List.of(FootnoteExtension.create(), YamlFrontMatterExtension.create()))).build();
  private final MarkdownRenderer flexmark = new MarkdownRenderer();

  @TempDir Path root;

  private Optional<String> fast(String markdown) {
    return AstHtml.of(PARSER.parse(markdown));
  }

  /** Written by AstHtml, and exactly what Flexmark writes. */
  private void assertSameAsFlexmark(String markdown, String what) {
    Optional<String> fast = fast(markdown);
    assertTrue(fast.isPresent(), what + " should not need Flexmark's renderer");
    assertEquals(flexmark.toHtmlByFlexmark(markdown), fast.get(), what);
  }

  @Test
  void theEditionsReadingsAndNotesComeOutAsFlexmarkWritesThem() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("site/readings")), Files.walk(Path.of("content/notes")))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertTrue(files.size() > 60, "five readings and the notes");
    for (Path file : files) {
      // a note's [[id]] becomes a link before rendering, as Renderer.entryLinks does
      String markdown = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\[\\[([a-z0-9-]+)]]", "[$1]($1.html)");
      assertSameAsFlexmark(markdown, file.toString());
    }
  }

  @Test
  void syntheticReadingsComeOutAsFlexmarkWritesThem() throws IOException {
    new SyntheticEdition(11, 40, 80).write(root);
    Fixtures.copyTemplates(root);
    BuildResult built = Gloss.check(Project.at(root));
    assertTrue(built.ok(), Fixtures.messages(built.diagnostics()));
    List<String> markdown = built.site().stream().filter(p -> p.path().endsWith(".md"))
        .map(p -> new String(p.bytes(), StandardCharsets.UTF_8)).toList();
    assertEquals(40, markdown.size());
    for (String md : markdown) {
      assertTrue(md.contains("[^1]"), "synthetic readings carry footnotes");
      assertSameAsFlexmark(md, md.substring(0, Math.min(80, md.length())));
    }
  }

  @Test
  void edgeCasesOfTheNodesItKnows() {
    assertSameAsFlexmark("""
        ---
        title: "x"
        ---

        ## A *head* with **strong** and [a link](y.html "a \\"title\\"")

        Text with \\* and \\[brackets\\] and "quotes" & 1 < 2 > 0 and a link[^b][^a]
        on a second line,  \s
        after a hard break[^b].

        > A quotation [B](b.html?x=1&y=2)[^a]
        >
        > — its source

        ### Level three

        [^a]: First *note*.

            Its second paragraph, see [X](x.html).
        [^b]: Second note.
        [^unused]: Never referenced.
        """, "edge cases");
  }

  @Test
  void whatItDoesNotKnowIsLeftToFlexmark() {
    for (String markdown : List.of("- a list\n- of two\n", "Some `code`.\n", "An &amp; entity.\n",
        "    indented code\n", "Raw <b>html</b>.\n", "![an image](a.png)\n", "<https://example.org>\n",
        "A ref[^missing].\n", "Text.\n\n***\n\nAfter a rule.\n")) {
      assertFalse(fast(markdown).isPresent(), markdown);
      assertEquals(flexmark.toHtmlByFlexmark(markdown), flexmark.toHtml(markdown), markdown);
    }
  }

  /** The page body the long way: Flexmark's renderer, then ReadingHtml's edits through Jsoup. */
  private String longWay(String markdown, List<Block> blocks) {
    return ReadingHtml.decorated(flexmark.toHtmlByFlexmark(markdown), blocks).html();
  }

  private void assertSamePage(String markdown, List<Block> blocks, String what) {
    Optional<String> page = AstHtml.page(PARSER.parse(markdown), blocks);
    assertTrue(page.isPresent(), what + " should be written straight from the syntax tree");
    assertEquals(longWay(markdown, blocks), page.get(), what);
  }

  @Test
  void readingPagesComeOutAsTheLongWayMakesThem() throws IOException {
    for (BuiltReadings r : BuiltReadings.edition()) {
      assertSamePage(r.markdown(), r.blocks(), r.id());
    }
    for (BuiltReadings r : BuiltReadings.synthetic(root, 13, 30)) {
      assertSamePage(r.markdown(), r.blocks(), r.id());
    }
  }

  @Test
  void readingPageEdgeCases() {
    String markdown = """
        ## Talks on [Ada Lovelace](../entries/ada.html)[^a] and *more*

        Text with "quotes" & 1 < 2 > 0,\u00a0a no-break space, [out](https://example.org/?a=1&b=2 "a title"),
        [mail](mailto:a@b.c) and [next](next.html)[^b][^a].  \s
        After a hard break.

        > Quoted [Ada](../entries/ada.html)[^b]
        >
        > — A Source

        ## Talks on Ada Lovelace1 and more

        > Only quoted.

        ## A\u00a0no-break  space, *emphasis*   and "quotes"

        [^a]: [Ada Lovelace](../entries/ada.html): A *mathematician*.

            A second paragraph, see [out](https://example.org).
        [^b]: *Editorial.* Note.
        """;
    List<Block> blocks = List.of(
        new Block.Heading("h", 1),
        new Block.Paragraph("p", 3),
        new Block.Quote(List.of(new Block.Paragraph("q", 7)), Optional.of("A Source"), 7),
        new Block.Heading("h", 11),
        new Block.Quote(List.of(new Block.Paragraph("q", 13)), Optional.empty(), 13),
        new Block.Heading("h", 15));
    assertSamePage(markdown, blocks, "edge cases");
    String page = AstHtml.page(PARSER.parse(markdown), blocks).orElseThrow();
    assertTrue(page.contains("<h2 id=\"s-talks-on-ada-lovelace1-and-more-2\">"), page);
    assertTrue(page.contains("<a href=\"https://example.org/?a=1&amp;b=2\" title=\"a title\" rel=\"noopener external\">"), page);
  }

  @Test
  void aReadingThatDoesNotMatchItsBlocksTakesTheLongWay() {
    String markdown = "Two\n\nparagraphs\n";
    assertFalse(AstHtml.page(PARSER.parse(markdown), List.of(new Block.Paragraph("Two", 1))).isPresent());
    assertFalse(AstHtml.page(PARSER.parse("- a list\n"), List.of(new Block.Paragraph("a", 1))).isPresent());
    assertFalse(AstHtml.page(PARSER.parse("Text\n"), List.of(new Block.Heading("Text", 1))).isPresent());
    for (String link : List.of("[bad](javascript:alert(1))", "[data](data:text/html,x)", "[Bad](JavaScript:x)")) {
      String text = "A " + link + " link.\n";
      List<Block> one = List.of(new Block.Paragraph("A link.", 1));
      assertFalse(AstHtml.page(PARSER.parse(text), one).isPresent(), link);
      assertFalse(fast(text).isPresent(), link);
      assertEquals(longWay(text, one), flexmark.readingBodies(text, one, "r1-").page().toString(), link);
    }
  }

  @Test
  void notesAndQuestionsComeOutAsTheLongWayMakesThem() throws IOException {
    List<Path> notes;
    try (Stream<Path> walk = Files.walk(Path.of("content/notes"))) {
      notes = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    List<String> fragments = new java.util.ArrayList<>();
    for (Path note : notes) {
      String text = Files.readString(note, StandardCharsets.UTF_8);
      fragments.add(text.substring(text.indexOf("\n---\n") + 5).replaceAll("\\[\\[([a-z0-9-]+)]]", "[$1](../entries/$1.html)"));
    }
    fragments.add("A *note* with [a link out](https://example.org \"t\") and a mark[^1].\n\n## A heading\n\n"
        + "> A quotation.\n\n[^1]: The note, with [an entry](../entries/x.html).\n");
    for (String md : fragments) {
      Optional<String> fast = AstHtml.fragment(PARSER.parse(md));
      assertTrue(fast.isPresent(), md);
      assertEquals(ReadingHtml.fragment(flexmark.toHtmlByFlexmark(md)), fast.get(), md);
    }
    List<String> questions = new java.util.ArrayList<>();
    try (Stream<Path> texts = Files.list(Path.of("content/readings"))) {
      for (Path text : texts.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        questions.addAll(Gloss.cleanText(text, new Diagnostics()).orElseThrow().reading().source().sidecar().questions());
      }
    }
    assertTrue(questions.size() >= 10, "the edition's readings have questions");
    questions.add("Why did *she* say \"no\" to [the plan](https://example.org/plan)?");
    for (String q : questions) {
      Optional<String> fast = AstHtml.inline(PARSER.parse(q));
      assertTrue(fast.isPresent(), q);
      assertEquals(ReadingHtml.inline(flexmark.toHtmlByFlexmark(q)), fast.get(), q);
    }
    for (String q : List.of("Two\n\nparagraphs.", "- a list", "A mark[^1].\n\n[^1]: note")) {
      assertFalse(AstHtml.inline(PARSER.parse(q)).isPresent(), q);
      assertEquals(ReadingHtml.inline(flexmark.toHtmlByFlexmark(q)), flexmark.inline(q), q);
    }
  }
}
