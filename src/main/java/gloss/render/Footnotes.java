package gloss.render;

import org.jsoup.nodes.Element;

/** Accessible footnotes: a labelled notes section, named note and back links. */
final class Footnotes {
  private Footnotes() {}

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
