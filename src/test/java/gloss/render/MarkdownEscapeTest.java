package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.annotate.MarkdownText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownEscapeTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "a *star* and _under_ score",
      "[a link](javascript:alert(1))",
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(1)>",
      "a | pipe | table",
      "{{mustache}} and {{{triple}}}",
      "[^1]: not a footnote",
      "# not a heading",
      "> not a quote",
      "1. not a list",
      "- not a list",
      "`code` and ~~strike~~",
      "back\\slash & ampersand &amp; entity"
  })
  void escapedTextRendersAsTheSameText(String text) {
    String html = new MarkdownRenderer().toHtml(MarkdownText.escape(text));
    String shown = org.jsoup.Jsoup.parse(html).body().text();
    assertEquals(text, shown, html);
    assertFalse(html.contains("<script"), html);
    assertFalse(html.contains("<img"), html);
    assertFalse(html.contains("href="), html);
  }

  @Test
  void escapedTextKeepsTheFootnoteItIsIn() {
    for (String text : java.util.List.of("see [1]: the source", "a]: b ]: c", "[x]:", "plain")) {
      String html = new MarkdownRenderer().toHtml("Text[^1].\n\n[^1]: " + MarkdownText.escape(text) + "\n");
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(html);
      assertEquals(1, doc.select("li#fn-1").size(), html);
      assertEquals(text, doc.select("li#fn-1 p").text(), html);
    }
  }

  @Test
  void yamlStringsAreQuotedAndEscaped() {
    assertEquals("\"say \\\"hi\\\"\\nnow\"", MarkdownText.yamlString("say \"hi\"\nnow"));
    assertTrue(MarkdownText.yamlString("a: b").startsWith("\""));
  }
}
