package gloss.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
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
    options.set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#8617;&#xFE0E;");
    this.parser = Parser.builder(options).build();
    this.renderer = HtmlRenderer.builder(options).build();
  }

  String toHtml(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
