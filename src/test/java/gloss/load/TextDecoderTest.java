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

  /** A replacement character in valid UTF-8 is text like any other, not a sign of bad bytes. */
  @Test
  void aReplacementCharacterInValidUtf8IsKept() {
    assertEquals("Lavrov\uFFFDs reply\n", decode("Lavrov\uFFFDs reply\n".getBytes(StandardCharsets.UTF_8)).orElseThrow());
    assertEquals("", Fixtures.messages(diagnostics));
  }

  /**
   * Bytes are read as UTF-8 exactly when a strict decoder accepts them, and then as it reads them;
   * else as Windows-1252 with a warning: random bytes, mostly UTF-8 sequences, some broken.
   */
  @Test
  void utf8IsWhatAStrictDecoderAccepts() throws Exception {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "ab \n\u00E9\u2019\uFFFD\u4E2D\uD83D\uDE00";
    int valid = 0;
    for (int round = 0; round < 5_000; round++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      out.write('x');
      for (int i = random.nextInt(20); i > 0; i--) {
        if (random.nextInt(12) == 0) {
          out.write(0x80 + random.nextInt(0x80)); // a stray continuation or lead byte
        } else {
          int at = random.nextInt(alphabet.length());
          int end = Character.isHighSurrogate(alphabet.charAt(at)) ? at + 2 : Character.isLowSurrogate(alphabet.charAt(at)) ? at : at + 1;
          out.write(alphabet.substring(Math.min(at, end), end).getBytes(StandardCharsets.UTF_8));
        }
      }
      byte[] bytes = out.toByteArray();
      Diagnostics local = new Diagnostics();
      Optional<String> text = TextDecoder.decode(bytes, "t.txt", local);
      String strict;
      try {
        strict = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        valid++;
        assertEquals(Optional.of(strict), text);
        assertEquals("", Fixtures.messages(local));
      } catch (java.nio.charset.CharacterCodingException e) {
        String messages = Fixtures.messages(local);
        assertTrue(messages.contains("not valid UTF-8") || messages.contains("neither UTF-8 nor Windows-1252"), messages);
      }
    }
    assertTrue(valid > 1_000 && valid < 4_000, valid + " valid");
  }
}
