package gloss.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * Markdown to HTML with Flexmark: CommonMark, footnotes and YAML front matter (skipped). Raw HTML
 * in the Markdown is escaped, never passed through, so a note or a scraped line cannot inject
 * markup. One instance is safe to share between threads.
 */
final class MarkdownRenderer {
  private final Parser parser;
  private final HtmlRenderer renderer;

  MarkdownRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), YamlFrontMatterExtension.create()));
    options.set(HtmlRenderer.ESCAPE_HTML, true);
    options.set(HtmlRenderer.SOFT_BREAK, "\n");
    options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, AstHtml.BACK_REF);
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  /** The HTML of {@code markdown}: written by {@link AstHtml} where it can, else by Flexmark's renderer. */
  String toHtml(String markdown) {
    Document document = parser.parse(markdown);
    return AstHtml.of(document).orElseGet(() -> renderer.render(document));
  }

  /** The HTML of {@code markdown} as Flexmark's own renderer writes it, for tests of {@link AstHtml}. */
  String toHtmlByFlexmark(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
