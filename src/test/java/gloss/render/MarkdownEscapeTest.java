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

  /**
   * The escape, which copies runs of characters it leaves alone, against its definition one
   * character at a time, on random lines of the characters it treats specially and others.
   */
  @Test
  void escapingIsTheSameAsEscapingEachCharacterByItself() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "\\`*_[]<>#|{}~&!$^-+=.):\n\r 0123456789aZé’\u0663";
    int changed = 0;
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = line.toString();
      String escaped = MarkdownText.escape(text);
      assertEquals(oneCharacterAtATime(text), escaped, text);
      changed += escaped.equals(text) ? 0 : 1;
    }
    assertTrue(changed > 10_000 && changed < 20_000, changed + " lines changed");
    assertEquals("plain words, “quoted”", MarkdownText.escape("plain words, “quoted”"));
  }

  private static String oneCharacterAtATime(String text) {
    StringBuilder out = new StringBuilder();
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean listMarker = i == 0 && "-+=".indexOf(c) >= 0 || i == leadingDigits && leadingDigits > 0 && ".)".indexOf(c) >= 0;
      boolean afterBracket = c == ':' && i > 0 && text.charAt(i - 1) == ']';
      if ("\\`*_[]<>#|{}~&!$^".indexOf(c) >= 0 || listMarker || afterBracket) {
        out.append('\\');
      }
      out.append(c == '\n' || c == '\r' ? ' ' : c);
    }
    return out.toString();
  }
}
