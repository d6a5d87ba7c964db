package gloss.render;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/** Accessible footnotes: a labelled notes section, named note and back links. */
final class Footnotes {
  private Footnotes() {}

  /**
   * Copies each footnote next to its mark as a sidenote, which the stylesheet shows in the margin
   * on wide screens and hides elsewhere. The copy is hidden from assistive technology, and its
   * links are out of the tab order, because the numbered notes below the text stay the accessible
   * version (and the printed one).
   */
  static void sidenotes(Element body) {
    // one pass for the ids: getElementById per note would walk the whole body each time
    Map<String, Element> byId = new HashMap<>();
    for (Element e : body.select("[id]")) {
      byId.putIfAbsent(e.id(), e);
    }
    for (Element ref : body.select("a.footnote-ref")) {
      String href = ref.attr("href");
      if (!href.startsWith("#")) {
        continue;
      }
      Element note = byId.get(href.substring(1));
      Element mark = ref.parent() != null && ref.parent().tagName().equals("sup") ? ref.parent() : ref;
      if (note == null) {
        continue;
      }
      Element copy = note.clone();
      copy.select("a.footnote-backref").remove();
      Element side = new Element("span").addClass("sidenote").attr("aria-hidden", "true");
      side.appendElement("span").addClass("sidenote-number").text(ref.text());
      for (Element p : copy.children()) {
        side.appendText(" ");
        // the copy is ours alone, so its nodes move into the sidenote without being parsed again
        side.appendElement("span").insertChildren(0, p.childNodes());
      }
      for (Element a : side.select("a")) {
        a.attr("tabindex", "-1");
      }
      side.select("[id]").removeAttr("id");
      mark.after(side);
    }
  }

  static void decorate(Element body) {
    for (Element ref : body.select("a.footnote-ref")) {
      ref.attr("aria-label", "Note " + ref.text()).attr("role", "doc-noteref");
    }
    for (Element notes : body.select("div.footnotes")) {
      notes.tagName("section").attr("aria-label", "Notes").attr("role", "doc-endnotes");
      notes.select("> hr").remove();
      notes.prependElement("h2").addClass("notes-heading").text("Notes");
    }
    for (Element back : body.select("a.footnote-backref")) {
      back.attr("aria-label", "Back to the text").attr("role", "doc-backlink");
    }
  }
}
