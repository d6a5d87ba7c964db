package gloss.render;

import gloss.structure.Block;
import gloss.text.Slugs;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Small DOM edits on the HTML that Flexmark made of a reading: stable ids on paragraphs ({@code
 * #p12}) with a visible link on each, ids on section headings, citations of block quotations,
 * accessible names on footnote links, and a class on links to entries.
 *
 * <p>The body's top-level elements are matched one to one with the reading's blocks, so numbering
 * never depends on guessing from the HTML.
 *
 * <p>This is the long way, and the reference: {@link AstHtml#page} writes the same bytes straight
 * from Flexmark's syntax tree for the readings it can, which is nearly all of them.
 */
final class ReadingHtml {
  private ReadingHtml() {}

  /** A reading's HTML as its page shows it, and the copy the educators' packet shows. */
  record Bodies(Html page, Html packet) {}

  /**
   * The reading's HTML for its page, and its copy for the packet, where ids carry the prefix
   * {@code packetPrefix} (see {@link PacketHtml}).
   */
  static Bodies decorate(String html, List<Block> blocks, String packetPrefix) {
    String page = decorated(html, blocks).html();
    return new Bodies(Html.of(page), Html.of(PacketHtml.of(page, packetPrefix)));
  }

  /** The reading's body element, Flexmark's HTML with its ids, numbers, notes and sidenotes. */
  static Element decorated(String html, List<Block> blocks) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    List<Element> children = new ArrayList<>(body.children());
    Set<String> headingIds = new HashSet<>();
    int child = 0;
    int paragraph = 0;
    for (Block block : blocks) {
      Element element = children.get(child++);
      if (block instanceof Block.Heading) {
        expect(element, "h2");
        String id = "s-" + Slugs.slugify(element.text(), "section");
        String unique = id;
        for (int n = 2; !headingIds.add(unique); n++) {
          unique = id + "-" + n;
        }
        element.id(unique);
      } else if (block instanceof Block.Paragraph) {
        expect(element, "p");
        number(element, ++paragraph);
      } else if (block instanceof Block.Quote quote) {
        expect(element, "blockquote");
        List<Element> ps = new ArrayList<>(element.children());
        for (int i = 0; i < quote.paragraphs().size(); i++) {
          number(ps.get(i), ++paragraph);
        }
        if (quote.citation().isPresent()) {
          Element citation = ps.get(quote.paragraphs().size());
          citation.tagName("footer").addClass("citation");
        }
      }
    }
    Footnotes.decorate(body);
    Links.sanitize(body);
    for (Element a : body.select("a[href^=../entries/]")) {
      a.addClass("mention");
    }
    Footnotes.sidenotes(body);
    return body;
  }

  private static void number(Element p, int n) {
    p.id("p" + n);
    p.addClass("para");
    p.prependElement("a")
        .addClass("pnum")
        .attr("href", "#p" + n)
        .attr("aria-label", "Paragraph " + n)
        .text(Integer.toString(n));
  }

  private static void expect(Element element, String tag) {
    if (!element.tagName().equals(tag)) {
      throw new IllegalStateException("expected <" + tag + "> for the next block, found <" + element.tagName() + ">");
    }
  }

  /** A one-paragraph fragment without its {@code <p>}, for use inside a list item. */
  static String inline(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Links.sanitize(doc.body());
    Element only = doc.body().children().size() == 1 ? doc.body().child(0) : null;
    return only != null && only.tagName().equals("p") ? only.html() : doc.body().html();
  }

  /** Parses a fragment, applies the shared clean-ups, and returns its HTML. */
  static String fragment(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    Footnotes.decorate(doc.body());
    Links.sanitize(doc.body());
    return doc.body().html();
  }
}
