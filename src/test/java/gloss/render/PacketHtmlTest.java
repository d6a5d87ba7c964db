package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Gloss;
import gloss.annotate.AnnotatedReading;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PacketHtmlTest {
  /** The packet copy made the slow, obvious way: edit the DOM, serialise it again. */
  private static String byDom(String pageHtml, String prefix) {
    Document doc = Jsoup.parseBodyFragment(pageHtml);
    doc.outputSettings().prettyPrint(false);
    Element body = doc.body();
    for (Element e : body.select("[id]")) {
      e.id(prefix + e.id());
    }
    for (Element a : body.select("a[href]")) {
      a.attr("href", PacketHtml.rebased(a.attr("href"), prefix));
    }
    for (Element h : body.select("h2")) {
      h.tagName("h3");
    }
    return body.html();
  }

  /** {@code html} as Jsoup writes it, which is what {@link PacketHtml} is given. */
  private static String jsoup(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  @Test
  void everyRealReadingGivesWhatEditingItsDomGives() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(Path.of("content/readings"))) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, texts.size());
    MarkdownRenderer markdown = new MarkdownRenderer();
    for (Path text : texts) {
      AnnotatedReading r = Gloss.cleanText(text, new Diagnostics()).orElseThrow();
      String page = ReadingHtml.decorated(markdown.toHtml(r.markdown()), r.reading().blocks()).html();
      assertTrue(page.contains("class=\"sidenote\""), text + " has passage notes, so sidenotes");
      assertEquals(byDom(page, "r3-"), PacketHtml.of(page, "r3-"), text.toString());
    }
  }

  @Test
  void textThatLooksLikeAttributesIsLeftAlone() {
    String page = jsoup("<h2 id=\"s-a\">Heads &amp; <b>tails</b></h2>"
        + "<p id=\"p1\">He typed id=\"x\" and href=\"#y\" and &lt;h2 id=\"z\"&gt; as text.</p>"
        + "<p><a href=\"https://example.org/?a=1>2&amp;b=&quot;c&quot;\" title=\"x > y\">out</a>"
        + " <a href=\"#fn1\" id=\"fnref1\">1</a> <a href=\"../entries/x.html\">X</a>"
        + " <a href=\"next.html\">next</a> <a href=\"mailto:a@b.c\">mail</a> <span data-id=\"keep\">s</span></p>");
    String packet = PacketHtml.of(page, "r9-");
    assertEquals(byDom(page, "r9-"), packet);
    assertTrue(packet.contains("He typed id=\"x\" and href=\"#y\""), packet);
    assertTrue(packet.startsWith("<h3 id=\"r9-s-a\">"), packet);
    assertTrue(packet.contains("href=\"readings/next.html\""), packet);
    assertTrue(packet.contains("href=\"entries/x.html\""), packet);
  }
}
