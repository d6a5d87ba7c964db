package gloss.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.footnotes.internal.FootnoteRepository;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Optional;

/**
 * HTML written straight from Flexmark's syntax tree, for the nodes a reading's Markdown is made of
 * (headings, paragraphs, block quotations, text, emphasis, links, footnotes): the same HTML
 * Flexmark's own renderer writes, character for character, in about a third of its time (its
 * writer goes through layers of line buffers and a regular expression per piece of text, and was a
 * sixth of a large build).
 *
 * <p>Any other node (lists, code, raw HTML, entities, images...) makes {@link #of} return empty,
 * and the caller uses Flexmark's renderer, so what this class does not know is never guessed at.
 * A test renders every reading and note both ways and compares them.
 */
final class AstHtml {
  /** Flexmark's footnote back-link text, as {@code MarkdownRenderer} configures it. */
  static final String BACK_REF = "&#8617;&#xFE0E;";

  private final StringBuilder out;

  private AstHtml(int capacity) {
    this.out = new StringBuilder(capacity);
  }

  /** The document's HTML, or empty when it holds a node this writer leaves to Flexmark. */
  static Optional<String> of(Document document) {
    AstHtml html = new AstHtml(document.getChars().length() * 3 / 2 + 64);
    return html.document(document) ? Optional.of(html.out.toString()) : Optional.empty();
  }

  private boolean document(Document document) {
    // numbered as Flexmark's footnote renderer numbers them, by the same call
    FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
    repository.resolveFootnoteOrdinals();
    for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof FootnoteBlock) && !(child instanceof YamlFrontMatterBlock) && !block(child)) {
        return false;
      }
    }
    List<FootnoteBlock> footnotes = repository.getReferencedFootnoteBlocks();
    if (footnotes.isEmpty()) {
      return true;
    }
    out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
    for (FootnoteBlock block : footnotes) {
      int ordinal = block.getFootnoteOrdinal();
      out.append("<li id=\"fn-").append(ordinal).append("\">\n");
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        if (!block(child)) {
          return false;
        }
      }
      for (int ref = 0; ref < block.getFootnoteReferences(); ref++) {
        out.append("<a href=\"#fnref-").append(ordinal);
        if (ref > 0) {
          out.append('-').append(ref);
        }
        out.append("\" class=\"footnote-backref\">").append(BACK_REF).append("</a>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</div>\n");
    return true;
  }

  private boolean block(Node node) {
    if (node instanceof Paragraph) {
      out.append("<p>");
      if (!inlines(node)) {
        return false;
      }
      out.append("</p>\n");
      return true;
    }
    if (node instanceof Heading heading) {
      out.append("<h").append(heading.getLevel()).append('>');
      if (!inlines(node)) {
        return false;
      }
      out.append("</h").append(heading.getLevel()).append(">\n");
      return true;
    }
    if (node instanceof BlockQuote) {
      out.append("<blockquote>\n");
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (!block(child)) {
          return false;
        }
      }
      out.append("</blockquote>\n");
      return true;
    }
    return false;
  }

  private boolean inlines(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (!inline(node)) {
        return false;
      }
    }
    return true;
  }

  private boolean inline(Node node) {
    if (node instanceof Text) {
      escape(unescaped(node.getChars()), false);
      return true;
    }
    if (node instanceof TextBase) {
      return inlines(node);
    }
    if (node instanceof SoftLineBreak) {
      out.append('\n');
      return true;
    }
    if (node instanceof HardLineBreak) {
      out.append("<br />\n");
      return true;
    }
    if (node instanceof Emphasis) {
      return wrapped(node, "em");
    }
    if (node instanceof StrongEmphasis) {
      return wrapped(node, "strong");
    }
    if (node instanceof Link link) {
      out.append("<a href=\"");
      escape(unescaped(link.getUrl()), true);
      out.append('"');
      if (link.getTitle().isNotNull() && !link.getTitle().isEmpty()) {
        out.append(" title=\"");
        escape(unescaped(link.getTitle()), true);
        out.append('"');
      }
      out.append('>');
      if (!inlines(node)) {
        return false;
      }
      out.append("</a>");
      return true;
    }
    if (node instanceof Footnote ref) {
      FootnoteBlock block = ref.getFootnoteBlock();
      if (block == null || node.getAncestorOfType(FootnoteBlock.class) != null) {
        return false;
      }
      int ordinal = block.getFootnoteOrdinal();
      out.append("<sup id=\"fnref-").append(ordinal);
      if (ref.getReferenceOrdinal() > 0) {
        out.append('-').append(ref.getReferenceOrdinal());
      }
      out.append("\"><a class=\"footnote-ref\" href=\"#fn-").append(ordinal).append("\">").append(ordinal)
          .append("</a></sup>");
      return true;
    }
    return false;
  }

  private boolean wrapped(Node node, String tag) {
    out.append('<').append(tag).append('>');
    if (!inlines(node)) {
      return false;
    }
    out.append("</").append(tag).append('>');
    return true;
  }

  /** Backslash escapes and entities resolved, as Flexmark does; most text has neither. */
  private static CharSequence unescaped(BasedSequence chars) {
    return chars.indexOf('\\') < 0 && chars.indexOf('&') < 0 ? chars : chars.unescape();
  }

  /** Escapes as Flexmark does, in text and in attributes alike: {@code & < > "}. */
  private void escape(CharSequence text, boolean attribute) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\r' -> {
          // Flexmark writes line ends as \n
          if (i + 1 >= n || text.charAt(i + 1) != '\n') {
            out.append('\n');
          }
        }
        default -> out.append(c);
      }
    }
  }
}
