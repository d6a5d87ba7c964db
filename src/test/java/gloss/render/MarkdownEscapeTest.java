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
  void yamlStringsAreQuotedAndEscaped() {
    assertEquals("\"say \\\"hi\\\"\\nnow\"", MarkdownText.yamlString("say \"hi\"\nnow"));
    assertTrue(MarkdownText.yamlString("a: b").startsWith("\""));
  }
}
