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
import gloss.structure.Block;
import gloss.text.Slugs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * HTML written straight from Flexmark's syntax tree, for the nodes readings and notes are made of
 * (headings, paragraphs, block quotations, text, emphasis, links, footnotes). Two ways:
 *
 * <ul>
 *   <li>{@link #of}: the HTML Flexmark's own renderer writes, character for character, in about a
 *       third of its time (its writer goes through layers of line buffers and a regular
 *       expression per piece of text, a sixth of a large build);
 *   <li>{@link #page}: a reading's body as its page shows it, the HTML that {@link ReadingHtml}'s
 *       edits make of Flexmark's through a Jsoup parse (paragraph numbers, heading ids, accessible
 *       footnotes, sidenotes), written in one pass instead of a render, a parse, four searches of
 *       the tree and a serialisation: together, half of the rendering of a large edition.
 * </ul>
 *
 * <p>Any other node (lists, code, raw HTML, entities, images, links with other schemes...), or a
 * reading whose blocks do not match its Markdown, makes both return empty, and the caller takes
 * the long way, so what this class does not know is never guessed at. Tests render every reading
 * and note, synthetic editions and edge cases both ways and compare the bytes.
 */
final class AstHtml {
  /** Flexmark's footnote back-link text, as {@code MarkdownRenderer} configures it. */
  static final String BACK_REF = "&#8617;&#xFE0E;";
  /** The same, as Jsoup writes it: the characters themselves. */
  private static final String BACK_REF_TEXT = "\u21A9\uFE0E";

  /**
   * How to write: as Flexmark writes, or as a reading's page shows it once {@link ReadingHtml}'s
   * edits are made and Jsoup has written the result (its escaping, {@code <br>}, the attributes
   * the edits add, in the order they add them), or the same for the copy of a note in a sidenote,
   * or as {@link ReadingHtml#fragment} leaves a note's or a question's HTML (no numbers, no
   * sidenotes, no mention classes).
   */
  private enum Style { FLEXMARK, PAGE, SIDENOTE, FRAGMENT }

  private PageOut out;
  private Style style = Style.FLEXMARK;
  /** The sidenote written after each footnote mark, by footnote ordinal. */
  private final Map<Integer, PageOut> sidenotes = new HashMap<>();
  /** The heading's text as Jsoup's {@code text()} sees it, while a heading is written. */
  private StringBuilder headingText;

  private AstHtml(int capacity, String packetPrefix) {
    this.out = new PageOut(capacity, packetPrefix);
  }

  /** The document's HTML, or empty when it holds a node this writer leaves to Flexmark. */
  static Optional<String> of(Document document) {
    AstHtml html = new AstHtml(document.getChars().length() * 3 / 2 + 64, null);
    return html.document(document) ? Optional.of(html.out.toString()) : Optional.empty();
  }

  /**
   * A reading's body as its page shows it: what {@link ReadingHtml#decorated} makes of Flexmark's
   * HTML, written directly, byte for byte. Empty when the document holds a node this writer leaves
   * to Flexmark, or does not match {@code blocks} one to one; the caller then takes the long way.
   */
  static Optional<String> page(Document document, List<Block> blocks) {
    AstHtml html = new AstHtml(document.getChars().length() * 2 + 256, null);
    html.style = Style.PAGE;
    return html.readingPage(document, blocks) ? Optional.of(html.out.toString()) : Optional.empty();
  }

  private boolean readingPage(Document document, List<Block> blocks) {
    FootnoteRepository repository = FootnoteExtension.FOOTNOTES.get(document);
    repository.resolveFootnoteOrdinals();
    List<FootnoteBlock> footnotes = repository.getReferencedFootnoteBlocks();
    for (FootnoteBlock block : footnotes) {
      List<BooleanSupplier> paragraphs = new ArrayList<>();
      for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
        Node paragraph = child;
        paragraphs.add(() -> paragraph instanceof Paragraph && inlines(paragraph));
      }
      if (!sidenote(block.getFootnoteOrdinal(), paragraphs)) {
        return false;
      }
    }
    List<Node> top = new ArrayList<>();
    for (Node child = document.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof FootnoteBlock) && !(child instanceof YamlFrontMatterBlock)) {
        top.add(child);
      }
    }
    if (top.size() != blocks.size()) {
      return false;
    }
    Set<String> headingIds = new HashSet<>();
    int paragraph = 0;
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      Node node = top.get(i);
      if (block instanceof Block.Heading) {
        if (!(node instanceof Heading heading) || heading.getLevel() != 2 || !pageHeading(() -> inlines(node), headingIds)) {
          return false;
        }
      } else if (block instanceof Block.Paragraph) {
        if (!(node instanceof Paragraph) || !numbered(++paragraph, () -> inlines(node))) {
          return false;
        }
      } else if (block instanceof Block.Quote quote) {
        if (!(node instanceof BlockQuote)) {
          return false;
        }
        quoteStart();
        int index = 0;
        for (Node child = node.getFirstChild(); child != null; child = child.getNext(), index++) {
          if (!(child instanceof Paragraph inQuote)) {
            return false;
          }
          if (index < quote.paragraphs().size()) {
            if (!numbered(++paragraph, () -> inlines(inQuote))) {
              return false;
            }
          } else if (index == quote.paragraphs().size() && quote.citation().isPresent()) {
            if (!citation(() -> inlines(inQuote))) {
              return false;
            }
          } else if (!block(child)) {
            return false;
          }
        }
        if (index < quote.paragraphs().size() + (quote.citation().isPresent() ? 1 : 0)) {
          return false;
        }
        quoteEnd();
      }
    }
    return footnotes.isEmpty() || notesSection(items(footnotes));
  }

  /** A note of the notes list: its number, how many marks point to it, and what writes its blocks. */
  record Item(int ordinal, int references, BooleanSupplier blocks) {}

  private List<Item> items(List<FootnoteBlock> footnotes) {
    List<Item> items = new ArrayList<>(footnotes.size());
    for (FootnoteBlock block : footnotes) {
      items.add(new Item(block.getFootnoteOrdinal(), block.getFootnoteReferences(), () -> {
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
          if (!block(child)) {
            return false;
          }
        }
        return true;
      }));
    }
    return items;
  }

  /**
   * A writer of reading pages for {@link AnnotatedMarkdown}, which drives it without a syntax tree;
   * it also writes the page's copy for the packet with {@code packetPrefix} when that is not null.
   */
  static AstHtml pageWriter(int capacity, String packetPrefix) {
    AstHtml html = new AstHtml(capacity, packetPrefix);
    html.style = Style.PAGE;
    return html;
  }

  /** What has been written. */
  String html() {
    return out.toString();
  }

  /** What has been written, as a page's body; the writer is done. */
  Html body() {
    return out.html();
  }

  /**
   * The packet's copy of what has been written, as {@link PacketHtml#of} makes it; null when not
   * asked for. The writer is done.
   */
  Html packetHtml() {
    return out.packet();
  }

  void quoteStart() {
    out.append("<blockquote>\n");
  }

  void quoteEnd() {
    out.append("</blockquote>\n");
  }

  /** A block quotation's citation, written by {@code inner}. */
  boolean citation(BooleanSupplier inner) {
    out.append("<footer class=\"citation\">");
    if (!inner.getAsBoolean()) {
      return false;
    }
    out.append("</footer>\n");
    return true;
  }

  /** A heading with the id {@link ReadingHtml} gives it: {@code s-} and the slug of its text, made unique. */
  boolean pageHeading(BooleanSupplier inner, Set<String> ids) {
    PageOut saved = out;
    out = saved.aside();
    headingText = new StringBuilder();
    boolean ok = inner.getAsBoolean();
    PageOut written = out;
    String text = headingText.toString();
    out = saved;
    headingText = null;
    if (!ok) {
      return false;
    }
    String id = "s-" + Slugs.slugify(normalisedWhitespace(text), "section");
    String unique = id;
    for (int n = 2; !ids.add(unique); n++) {
      unique = id + "-" + n;
    }
    out.either("<h2", "<h3").append(" id=\"").idPrefix();
    escape(unique, true);
    out.append("\">").append(written).either("</h2>", "</h3>").append('\n');
    return true;
  }

  /** Paragraph {@code n}, its text written by {@code inner}, numbered as {@link ReadingHtml} numbers it. */
  boolean numbered(int n, BooleanSupplier inner) {
    out.append("<p id=\"").idPrefix().append('p').append(n).append("\" class=\"para\"><a class=\"pnum\" href=\"#")
        .idPrefix().append('p').append(n)
        .append("\" aria-label=\"Paragraph ").append(n).append("\">").append(n).append("</a>");
    if (!inner.getAsBoolean()) {
      return false;
    }
    out.append("</p>\n");
    return true;
  }

  /**
   * The sidenote copy of footnote {@code ordinal}, as {@code Footnotes.sidenotes} makes it, kept
   * to be written after the footnote's mark; {@code paragraphs} write its paragraphs' text.
   */
  boolean sidenote(int ordinal, List<BooleanSupplier> paragraphs) {
    PageOut saved = out;
    out = saved.aside();
    style = Style.SIDENOTE;
    out.append("<span class=\"sidenote\" aria-hidden=\"true\"><span class=\"sidenote-number\">")
        .append(ordinal).append("</span>");
    boolean ok = true;
    for (int i = 0; ok && i < paragraphs.size(); i++) {
      out.append(" <span>");
      ok = paragraphs.get(i).getAsBoolean();
      out.append("</span>");
    }
    out.append("</span>");
    sidenotes.put(ordinal, out);
    out = saved;
    style = Style.PAGE;
    return ok;
  }

  /**
   * Whitespace as Jsoup's {@code text()} leaves it: runs made one space, none at either end; and
   * without the characters it leaves out as invisible.
   */
  private static String normalisedWhitespace(String text) {
    StringBuilder normal = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == '\u00A0') {
        space = normal.length() > 0;
      } else if (c != '\u00AD' && c != '\u200B') { // Jsoup's text() leaves out soft hyphens and zero-width spaces
        if (space) {
          normal.append(' ');
          space = false;
        }
        normal.append(c);
      }
    }
    return normal.toString();
  }

  /**
   * A note's, an introduction's or a question's HTML as {@link ReadingHtml#fragment} leaves it
   * (accessible footnotes, checked links), or empty as {@link #of} is.
   */
  static Optional<String> fragment(Document document) {
    AstHtml html = new AstHtml(document.getChars().length() * 3 / 2 + 64, null);
    html.style = Style.FRAGMENT;
    return html.document(document) ? Optional.of(html.out.toString()) : Optional.empty();
  }

  /**
   * As {@link #fragment}, for Markdown of one paragraph and no footnotes, without its {@code <p>},
   * as {@link ReadingHtml#inline} leaves it; empty for anything else.
   */
  static Optional<String> inline(Document document) {
    Node only = document.getFirstChild();
    if (!(only instanceof Paragraph) || only.getNext() != null || only.getChildOfType(Footnote.class) != null) {
      return Optional.empty();
    }
    AstHtml html = new AstHtml(document.getChars().length() * 3 / 2 + 16, null);
    html.style = Style.FRAGMENT;
    return html.inlines(only) ? Optional.of(html.out.toString()) : Optional.empty();
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
    if (style == Style.FLEXMARK) {
      out.append("<div class=\"footnotes\">\n<hr />\n<ol>\n");
      if (!footnoteItems(items(footnotes), "\" class=\"footnote-backref\">" + BACK_REF)) {
        return false;
      }
      out.append("</ol>\n</div>\n");
      return true;
    }
    return notesSection(items(footnotes));
  }

  /** The notes as {@code Footnotes.decorate} leaves Flexmark's: a labelled section with its heading, no rule. */
  boolean notesSection(List<Item> footnotes) {
    out.append("<section class=\"footnotes\" aria-label=\"Notes\" role=\"doc-endnotes\">")
        .either("<h2", "<h3").append(" class=\"notes-heading\">Notes").either("</h2>", "</h3>").append("\n\n<ol>\n");
    if (!footnoteItems(footnotes,
        "\" class=\"footnote-backref\" aria-label=\"Back to the text\" role=\"doc-backlink\">" + BACK_REF_TEXT)) {
      return false;
    }
    out.append("</ol>\n</section>\n");
    return true;
  }

  /** The notes' list items: each note's paragraphs, then a back link for every mark that points to it. */
  private boolean footnoteItems(List<Item> footnotes, String backLinkRest) {
    for (Item item : footnotes) {
      int ordinal = item.ordinal();
      out.append("<li id=\"").idPrefix().append("fn-").append(ordinal).append("\">\n");
      if (!item.blocks().getAsBoolean()) {
        return false;
      }
      for (int ref = 0; ref < item.references(); ref++) {
        out.append("<a href=\"#").idPrefix().append("fnref-").append(ordinal);
        if (ref > 0) {
          out.append('-').append(ref);
        }
        out.append(backLinkRest).append("</a>\n");
      }
      out.append("</li>\n");
    }
    return true;
  }

  private boolean block(Node node) {
    if (node instanceof Paragraph) {
      return paragraph(() -> inlines(node));
    }
    if (node instanceof Heading heading) {
      // a second-level heading (in a note) is a third-level one in the packet, under the reading's own
      int level = heading.getLevel();
      out.append("<h").either(Integer.toString(level), Integer.toString(level == 2 ? 3 : level)).append('>');
      if (!inlines(node)) {
        return false;
      }
      out.append("</h").either(Integer.toString(level), Integer.toString(level == 2 ? 3 : level)).append(">\n");
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
      return text(unescaped(node.getChars()));
    }
    if (node instanceof TextBase) {
      return inlines(node);
    }
    if (node instanceof SoftLineBreak) {
      softBreak();
      return true;
    }
    if (node instanceof HardLineBreak) {
      out.append(style == Style.FLEXMARK ? "<br />\n" : "<br>\n");
      return headingText == null;
    }
    if (node instanceof Emphasis) {
      return wrapped("em", () -> inlines(node));
    }
    if (node instanceof StrongEmphasis) {
      return wrapped("strong", () -> inlines(node));
    }
    if (node instanceof Link link) {
      String title = link.getTitle().isNotNull() && !link.getTitle().isEmpty() ? unescaped(link.getTitle()) : null;
      return link(unescaped(link.getUrl()), title, () -> inlines(node));
    }
    if (node instanceof Footnote ref) {
      FootnoteBlock block = ref.getFootnoteBlock();
      return block != null && node.getAncestorOfType(FootnoteBlock.class) == null
          && footnoteMark(block.getFootnoteOrdinal(), ref.getReferenceOrdinal());
    }
    return false;
  }

  /** Text, backslash escapes and entities already resolved. */
  boolean text(String text) {
    return text(text, 0, text.length());
  }

  /** {@code text[from, to)} as text: the same as {@code text(text.substring(from, to))}, without the copy. */
  boolean text(String text, int from, int to) {
    if (headingText != null) {
      headingText.append(text, from, to);
    }
    return escape(text, from, to, false);
  }

  void softBreak() {
    out.append('\n');
    if (headingText != null) {
      headingText.append('\n');
    }
  }

  /** A link to {@code href} (with {@code title}, or null), its text written by {@code inner}. */
  boolean link(String href, String title, BooleanSupplier inner) {
    if (!plainScheme(href)) {
      // Flexmark writes a javascript: link as its bare text, and Links.sanitize strips other
      // schemes: both left to the long way, where they are rare enough not to matter
      return false;
    }
    if (style == Style.FLEXMARK) {
      out.append("<a href=\"");
      escape(href, true);
      out.append('"');
      if (title != null) {
        out.append(" title=\"");
        escape(title, true);
        out.append('"');
      }
    } else if (!pageLink(href, title)) {
      return false;
    }
    out.append('>');
    if (!inner.getAsBoolean()) {
      return false;
    }
    out.append("</a>");
    return true;
  }

  /**
   * The mark of footnote {@code ordinal}, the {@code reference}th (from 0) that points to it, and
   * on a page its sidenote. Not in a sidenote: a note's text holds no marks.
   */
  boolean footnoteMark(int ordinal, int reference) {
    if (style == Style.SIDENOTE) {
      return false;
    }
    out.append("<sup id=\"").idPrefix().append("fnref-").append(ordinal);
    if (reference > 0) {
      out.append('-').append(reference);
    }
    out.append("\"><a class=\"footnote-ref\" href=\"#").idPrefix().append("fn-").append(ordinal);
    if (style == Style.FLEXMARK) {
      out.append("\">");
    } else {
      out.append("\" aria-label=\"Note ").append(ordinal).append("\" role=\"doc-noteref\">");
    }
    out.append(ordinal).append("</a></sup>");
    if (headingText != null) {
      headingText.append(ordinal);
    }
    if (style == Style.PAGE) {
      out.append(sidenotes.get(ordinal));
    }
    return true;
  }

  /** A paragraph, its text written by {@code inner}. */
  boolean paragraph(BooleanSupplier inner) {
    if (!wrapped("p", inner)) {
      return false;
    }
    out.append('\n');
    return true;
  }

  /** {@code <tag>}, what {@code inner} writes, {@code </tag>}. */
  boolean wrapped(String tag, BooleanSupplier inner) {
    out.append('<').append(tag).append('>');
    if (!inner.getAsBoolean()) {
      return false;
    }
    out.append("</").append(tag).append('>');
    return true;
  }

  /** Backslash escapes and entities resolved, as Flexmark does; most text has neither. */
  private static String unescaped(BasedSequence chars) {
    // a String first: scanning Flexmark's sequences a character at a time costs more than copying
    String text = chars.toString();
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0 ? text : chars.unescape();
  }

  /** Whether a link is relative, a fragment, http(s) or mailto: the only ones {@code Links.sanitize} keeps as they are. */
  private static boolean plainScheme(String href) {
    String lower = href.strip().toLowerCase(Locale.ROOT);
    int colon = lower.indexOf(':');
    int slash = lower.indexOf('/');
    boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
    return !hasScheme || lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
  }

  /**
   * A link's opening tag, without its {@code >}, as the page shows it: {@code rel} on links out of
   * the site (as {@code Links.sanitize} adds it), the {@code mention} class on links to entries,
   * out of the tab order in a sidenote.
   */
  private boolean pageLink(String href, String title) {
    String lower = href.strip().toLowerCase(Locale.ROOT);
    boolean external = lower.startsWith("http://") || lower.startsWith("https://");
    out.append("<a href=\"");
    int mark = out.mark();
    int packetMark = out.packetMark();
    if (!escape(href, true)) {
      return false;
    }
    out.rebaseSince(mark, packetMark).append('"');
    if (title != null) {
      out.append(" title=\"");
      if (!escape(title, true)) {
        return false;
      }
      out.append('"');
    }
    if (external) {
      out.append(" rel=\"noopener external\"");
    }
    if (style != Style.FRAGMENT && href.startsWith("../entries/")) {
      out.append(" class=\"mention\"");
    }
    if (style == Style.SIDENOTE) {
      out.append(" tabindex=\"-1\"");
    }
    return true;
  }

  /**
   * Escapes as Flexmark does ({@code & < > "}, in text and attributes alike), or as Jsoup does
   * ({@code & < > nbsp} in text, {@code & " nbsp} in attributes). False for characters Jsoup's
   * parser would change (NUL, carriage returns) or writes as references (other control
   * characters): such text is left to the long way.
   */
  private boolean escape(String text, boolean attribute) {
    return escape(text, 0, text.length(), attribute);
  }

  private boolean escape(String text, int from, int n, boolean attribute) {
    boolean flexmark = style == Style.FLEXMARK;
    int run = from; // start of the characters not yet copied, copied in runs: most text needs no escape
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c > '>' && c != '\u00A0' && (c < '\u007F' || c > '\u009F')) {
        continue;
      }
      String replacement;
      switch (c) {
        case '&' -> replacement = "&amp;";
        case '<' -> replacement = flexmark || !attribute ? "&lt;" : null;
        case '>' -> replacement = flexmark || !attribute ? "&gt;" : null;
        case '"' -> replacement = flexmark || attribute ? "&quot;" : null;
        case '\u00A0' -> replacement = flexmark ? null : "&nbsp;";
        case '\r', '\u0000' -> {
          if (!flexmark) {
            return false;
          }
          // Flexmark writes a lone carriage return as a newline and drops the one before a newline
          replacement = c == '\u0000' ? null : i + 1 < n && text.charAt(i + 1) == '\n' ? "" : "\n";
        }
        default -> {
          if (!flexmark && c != '\n' && c != '\t' && Character.isISOControl(c)) {
            return false;
          }
          replacement = null;
        }
      }
      if (replacement != null) {
        out.append(text, run, i).append(replacement);
        run = i + 1;
      }
    }
    out.append(text, run, n);
    return true;
  }
}
