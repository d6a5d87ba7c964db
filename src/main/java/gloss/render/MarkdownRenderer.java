package gloss.render;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import gloss.structure.Block;
import java.util.List;
import java.util.Optional;

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
    Document document = parse(markdown);
    return AstHtml.of(document).orElseGet(() -> renderer.render(document));
  }

  /**
   * A reading's body for its page and its copy for the packet (ids prefixed with {@code
   * packetPrefix}): read without a parser by {@link AnnotatedMarkdown} when the Markdown is in the
   * layout Gloss writes, else written from Flexmark's syntax tree by {@link AstHtml} where it can,
   * else by Flexmark's renderer and then edited by {@link ReadingHtml}; all three give the same bytes.
   */
  ReadingHtml.Bodies readingBodies(String markdown, List<Block> blocks, String packetPrefix) {
    Optional<ReadingHtml.Bodies> annotated = AnnotatedMarkdown.bodies(markdown, blocks, packetPrefix);
    if (annotated.isPresent()) {
      return annotated.get();
    }
    Document document = parse(markdown);
    Optional<String> page = AstHtml.page(document, blocks);
    if (page.isPresent()) {
      return new ReadingHtml.Bodies(Html.of(page.get()), Html.of(PacketHtml.of(page.get(), packetPrefix)));
    }
    String html = AstHtml.of(document).orElseGet(() -> renderer.render(document));
    return ReadingHtml.decorate(html, blocks, packetPrefix);
  }

  /** A note's, an introduction's or a method's HTML, as {@link ReadingHtml#fragment} makes it. */
  String fragment(String markdown) {
    Document document = parse(markdown);
    return AstHtml.fragment(document)
        .orElseGet(() -> ReadingHtml.fragment(AstHtml.of(document).orElseGet(() -> renderer.render(document))));
  }

  /** A question's HTML without its paragraph, as {@link ReadingHtml#inline} makes it. */
  String inline(String markdown) {
    Document document = parse(markdown);
    return AstHtml.inline(document)
        .orElseGet(() -> ReadingHtml.inline(AstHtml.of(document).orElseGet(() -> renderer.render(document))));
  }

  /** The HTML of {@code markdown} as Flexmark's own renderer writes it, for tests of {@link AstHtml}. */
  String toHtmlByFlexmark(String markdown) {
    return renderer.render(parse(markdown));
  }

  /**
   * Parses {@code markdown} with each footnote definition's text joined to its marker: {@code
   * [^3]:Text} means what {@code [^3]: Text} means, but Flexmark keeps the text of the second as a
   * segmented sequence, read a character at a time through a cache in a thread-local variable of
   * its own, and every regular expression its inline parser matches copies the whole text. With
   * the space, the definitions took a sixth of the CPU of a 10,000-reading build.
   */
  private Document parse(String markdown) {
    return parser.parse(joinFootnoteMarkers(markdown));
  }

  /** {@code markdown} with the one space after each line-initial {@code [^n]:} dropped. */
  static String joinFootnoteMarkers(String markdown) {
    StringBuilder joined = null;
    int copied = 0;
    for (int line = 0; line < markdown.length(); ) {
      int digits = line + 2;
      if (markdown.startsWith("[^", line)) {
        while (digits < markdown.length() && markdown.charAt(digits) >= '0' && markdown.charAt(digits) <= '9') {
          digits++;
        }
        if (digits > line + 2 && markdown.startsWith("]: ", digits)) {
          if (joined == null) {
            joined = new StringBuilder(markdown.length());
          }
          joined.append(markdown, copied, digits + 2);
          copied = digits + 3;
        }
      }
      int end = markdown.indexOf('\n', line);
      line = end < 0 ? markdown.length() : end + 1;
    }
    return joined == null ? markdown : joined.append(markdown, copied, markdown.length()).toString();
  }
}
