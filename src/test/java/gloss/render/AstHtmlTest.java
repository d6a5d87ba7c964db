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
}
