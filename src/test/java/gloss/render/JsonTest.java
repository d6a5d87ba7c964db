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
}
