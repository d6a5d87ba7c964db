package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** {@link Json}: escapes that keep strings valid JSON and safe inside an HTML script element. */
class JsonTest {
  @Test
  void escapesQuotesControlsAndWhatHtmlWouldRead() {
    String text = "plain \"quoted\" back\\slash\nline\r\ttab <b>&amp;</b> \u0001\u001f\u007f sep\u2028para\u2029 café";
    assertEquals("{\"a\":\"plain \\\"quoted\\\" back\\\\slash\\nline\\r\\ttab \\u003cb\\u003e\\u0026amp;\\u003c/b\\u003e"
        + " \\u0001\\u001f\u007f sep\\u2028para\\u2029 café\",\"n\":3,\"e\":\"\",\"z\":null}",
        new Json().open().field("a", text).field("n", 3).field("e", "").field("z", null).close().toString());
  }

  @Test
  void arraysAndNestedObjectsAreSeparatedByCommas() {
    assertEquals("[{\"k\":\"v\"},{\"k\":\"w\",\"o\":{\"x\":1}}]",
        new Json().openArray().open().field("k", "v").close().open().field("k", "w").key("o").open().field("x", 1)
            .close().close().closeArray().toString());
  }

  /** Every character up to U+00FF and a few beyond, against the escape written out case by case. */
  @Test
  void stringsEscapeExactlyTheCharactersJsonAndScriptsNeed() {
    StringBuilder all = new StringBuilder();
    StringBuilder expected = new StringBuilder("[\"");
    for (char c = 0; c < 0x100; c++) {
      all.append(c);
      expected.append(escapeOne(c));
    }
    for (char c : new char[] {'\u2028', '\u2029', '\u2019', '\uFFFD'}) {
      all.append(c);
      expected.append(escapeOne(c));
    }
    assertEquals(expected.append("\"]").toString(), new Json().openArray().value(all.toString()).closeArray().toString());
  }

  private static String escapeOne(char c) {
    return switch (c) {
      case '"' -> "\\\"";
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '<' -> "\\u003c";
      case '>' -> "\\u003e";
      case '&' -> "\\u0026";
      case '\u2028' -> "\\u2028";
      case '\u2029' -> "\\u2029";
      default -> c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    };
  }
}
