package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MarkdownRendererTest {
  @Test
  void joinsEachLineInitialFootnoteMarkerToItsText() {
    assertEquals("Text[^1] and[^12].\n\n[^1]:A note.\n[^12]:Another, *with* [a link](x.html).\n",
        MarkdownRenderer.joinFootnoteMarkers(
            "Text[^1] and[^12].\n\n[^1]: A note.\n[^12]: Another, *with* [a link](x.html).\n"));
    assertEquals("[^3]:No final newline", MarkdownRenderer.joinFootnoteMarkers("[^3]: No final newline"));
    assertEquals("[^3]: two spaces, one kept", MarkdownRenderer.joinFootnoteMarkers("[^3]:  two spaces, one kept"));
  }

  @Test
  void leavesEverythingElseAlone() {
    for (String markdown : List.of("", "Mid-line [^1]: is text.\n", "[^a]: not a number\n", "[^]: empty\n",
        "[^1]:already joined\n", "> [^1]: in a quotation\n", " [^1]: indented\n", "[^1] : spaced\n")) {
      assertSame(markdown, MarkdownRenderer.joinFootnoteMarkers(markdown), markdown);
    }
  }

  @Test
  void joinedDefinitionsMeanWhatTheReadingsMarkdownMeans() throws IOException {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), YamlFrontMatterExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, AstHtml.BACK_REF);
    Parser parser = Parser.builder(options).build();
    HtmlRenderer renderer = HtmlRenderer.builder(options).build();
    MarkdownRenderer markdown = new MarkdownRenderer();
    List<Path> files;
    try (Stream<Path> walk = Files.list(Path.of("site/readings"))) {
      files = walk.filter(p -> p.toString().endsWith(".md")).sorted().toList();
    }
    assertEquals(5, files.size());
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertTrue(text.contains("\n[^1]: "), file + " has footnotes written with a space");
      assertEquals(renderer.render(parser.parse(text)), markdown.toHtmlByFlexmark(text), file.toString());
    }
  }
}
