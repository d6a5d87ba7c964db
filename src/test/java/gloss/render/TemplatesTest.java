package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.load.TemplateSet;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class TemplatesTest {
  private static Templates templates(Map<String, String> sources) {
    Map<String, TemplateSet.Template> map = new TreeMap<>();
    sources.forEach((name, text) -> map.put(name, new TemplateSet.Template(name, "templates/" + name + ".mustache", text)));
    return new Templates(new TemplateSet(map, new TreeMap<>()));
  }

  @Test
  void escapesEverythingThatIsNotTripleBraced() {
    Diagnostics diagnostics = new Diagnostics();
    Templates t = templates(Map.of("page", "<h1>{{text}}</h1>{{> part}}", "part", "<p>{{href}}</p>"));
    t.compileAll(List.of("page"), diagnostics);
    String html = t.render("page", new Link("a\"b", "<script>x</script>", null), "a test", diagnostics).orElseThrow();
    assertEquals("<h1>&lt;script&gt;x&lt;/script&gt;</h1><p>a&quot;b</p>", html);
    assertEquals("", Fixtures.messages(diagnostics));
  }

  /** A view with HTML made elsewhere, for the tests of {@link Html} values. */
  record Body(String title, Html body, String note, int count) {}

  /**
   * An {@link Html} value goes into a page byte for byte, between text that is escaped, and reads
   * the same in a page rendered as a string; so do the string, missing and number values that
   * share its code, triple-braced or not.
   */
  @Test
  void htmlValuesAreWrittenAsTheyAre() {
    Diagnostics diagnostics = new Diagnostics();
    Templates t = templates(Map.of("page",
        "<h1>{{title}}</h1>\n{{{body}}}<p>{{{note}}}|{{note}}|{{{count}}}|{{#body}}has{{/body}}</p>\n{{{title}}}"));
    t.compileAll(List.of("page"), diagnostics);
    String body = "<p id=\"p1\">\u201CCaf\u00E9\u201D \uD83D\uDE00 &amp; \u2192</p>\n";
    Body view = new Body("A & \u00E9", Html.of(body), "<i>\u2019</i>", 3);
    String expected = "<h1>A &amp; \u00E9</h1>\n" + body + "<p><i>\u2019</i>|&lt;i&gt;\u2019&lt;/i&gt;|3|has</p>\nA & \u00E9";
    assertEquals(expected, new String(t.page("page", view, "a test", diagnostics).orElseThrow(), StandardCharsets.UTF_8));
    assertEquals(expected, t.render("page", view, "a test", diagnostics).orElseThrow());
    Body empty = new Body("t", null, null, 0);
    assertEquals("<h1>t</h1>\n<p>||0|</p>\nt", new String(t.page("page", empty, "a test", diagnostics).orElseThrow(), StandardCharsets.UTF_8));
    assertEquals("", Fixtures.messages(diagnostics));
  }

  /** A view with a list, for the section tests. */
  record Items(List<String> items) {}

  @Test
  void anEmptyListsSizeIsFalseAndAFullOnesIsTrue() {
    Diagnostics diagnostics = new Diagnostics();
    Templates t = templates(Map.of("page",
        "{{#items.size}}<h2>Items</h2><ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/items.size}}{{^items.size}}<p>None</p>{{/items.size}}"));
    t.compileAll(List.of("page"), diagnostics);
    assertEquals("<p>None</p>", t.render("page", new Items(List.of()), "a test", diagnostics).orElseThrow());
    assertEquals("<h2>Items</h2><ul><li>a</li><li>b</li></ul>",
        t.render("page", new Items(List.of("a", "b")), "a test", diagnostics).orElseThrow());
    assertEquals("", Fixtures.messages(diagnostics));
  }

  @Test
  void anUnknownKeyIsAnErrorNamingTemplateAndLine() {
    Diagnostics diagnostics = new Diagnostics();
    Templates t = templates(Map.of("page", "<h1>{{text}}</h1>\n<p>{{titel}}</p>"));
    t.compileAll(List.of("page"), diagnostics);
    assertTrue(t.render("page", new Link("h", "t", null), "the home page", diagnostics).isEmpty());
    String message = Fixtures.messages(diagnostics);
    assertTrue(message.startsWith("templates/page.mustache:2: unknown key \"titel\""), message);
    assertTrue(message.contains("the home page"), message);
  }

  @Test
  void aMissingRequiredTemplateOrBadSyntaxIsAnError() {
    Diagnostics diagnostics = new Diagnostics();
    Templates t = templates(Map.of("page", "line one\n{{#open}}never closed\n"));
    t.compileAll(List.of("page", "reading"), diagnostics);
    String message = Fixtures.messages(diagnostics);
    assertTrue(message.contains("templates/page.mustache:"), message);
    assertTrue(message.contains("reading"), message);
    assertEquals(2, diagnostics.errorCount(), message);
  }

  /**
   * Values are escaped as Mustache's own escaper does, character for character, and into a page's
   * UTF-8 (escaped as encoded) to the bytes of that text, a surrogate split between two values too.
   */
  @Test
  void valuesAreEscapedAsMustacheEscapesThem() throws Exception {
    java.util.Random random = new java.util.Random(20261203);
    int changed = 0;
    StringBuilder allExpected = new StringBuilder();
    Utf8Writer page = new Utf8Writer(16);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder value = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        // every character up to U+00FF, and now and then one beyond
        value.append((char) (random.nextInt(10) == 0 ? 0x100 + random.nextInt(0xFF00) : random.nextInt(0x100)));
      }
      java.io.StringWriter expected = new java.io.StringWriter();
      com.github.mustachejava.util.HtmlEscaper.escape(value.toString(), expected);
      java.io.StringWriter got = new java.io.StringWriter();
      Templates.escape(value.toString(), got);
      assertEquals(expected.toString(), got.toString(), value.toString());
      changed += expected.toString().equals(value.toString()) ? 0 : 1;
      Templates.escape(value.toString(), page);
      allExpected.append(expected);
      if (round % 1000 == 999) {
        org.junit.jupiter.api.Assertions.assertArrayEquals(
            allExpected.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), page.toByteArray());
        allExpected.setLength(0);
        page = new Utf8Writer(random.nextInt(64));
      }
    }
    assertTrue(changed > 10_000, changed + " values changed by escaping");
  }
}
