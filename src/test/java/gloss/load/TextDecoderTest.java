package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private Optional<String> decode(byte[] bytes) {
    return TextDecoder.decode(bytes, "content/readings/t.txt", diagnostics);
  }

  @Test
  void utf8WithByteOrderMarkAndCrlf() {
    byte[] bytes = "\uFEFFTitle\r\n\r\nFirst line.\rSecond line.\n".getBytes(StandardCharsets.UTF_8);
    assertEquals("Title\n\nFirst line.\nSecond line.\n", decode(bytes).orElseThrow());
    assertEquals("", Fixtures.messages(diagnostics));
  }

  @Test
  void utf16WithByteOrderMark() {
    byte[] bytes = "\uFEFFLavrov’s reply\n".getBytes(StandardCharsets.UTF_16BE);
    assertEquals("Lavrov’s reply\n", decode(bytes).orElseThrow());
  }

  @Test
  void windows1252IsReadWithAWarningNamingTheLine() {
    byte[] bytes = "Title\n\nLavrov\u2019s reply\n".getBytes(Charset.forName("windows-1252"));
    assertEquals("Title\n\nLavrov’s reply\n", decode(bytes).orElseThrow());
    assertEquals("content/readings/t.txt:3: warning: not valid UTF-8; read as Windows-1252",
        Fixtures.messages(diagnostics));
  }

  @Test
  void binaryContentIsAnErrorWithItsLine() {
    assertTrue(decode(new byte[] {'a', '\n', 'b', 0, 'c'}).isEmpty());
    assertEquals("content/readings/t.txt:2: binary content: a NUL byte; is this a text file?",
        Fixtures.messages(diagnostics));
  }

  @Test
  void emptyAndWhitespaceOnlyTextsAreErrors() {
    assertTrue(decode(new byte[0]).isEmpty());
    assertTrue(decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    assertEquals(2, diagnostics.errorCount());
    assertTrue(Fixtures.messages(diagnostics).contains("empty text"));
  }

  @Test
  void controlCharactersAreBinary() {
    assertTrue(decode("ok\n\u0007bell\n".getBytes(StandardCharsets.UTF_8)).isEmpty());
    assertEquals("content/readings/t.txt:2: binary content: control character U+0007",
        Fixtures.messages(diagnostics));
  }

  @Test
  void anUndefinedWindows1252ByteInsideMojibakeIsTextNotBinary() {
    // "”" (E2 80 9D) shown as Windows-1252 and saved again as UTF-8: "â€" then U+009D.
    String text = "He said \u00e2\u20ac\u0153yes\u00e2\u20ac\u009d today.\n";
    assertEquals(text, decode(text.getBytes(StandardCharsets.UTF_8)).orElseThrow());
    assertTrue(decode("ok\n\u009dalone\n".getBytes(StandardCharsets.UTF_8)).isEmpty(), "a C1 control on its own is binary");
  }
}
