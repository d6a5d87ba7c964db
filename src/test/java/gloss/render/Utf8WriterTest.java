package gloss.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {
  /**
   * The bytes of any text, written in pieces of any size through every way in, are those of {@code
   * String.getBytes(UTF_8)}: ASCII, two- and three-byte characters, pairs of surrogates (split
   * between two writes too) and surrogates without their other half.
   */
  @Test
  void writesWhatStringGetBytesWould() {
    String alphabet = "a<&\n\u00E9\u00A0\u2019\u2014\u4E2D\uFFFF\uD83D\uDE00\uD83D\uDE00\uDC00\uD800";
    Random random = new Random(20261203);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(round % 4 == 0 ? 2_000 : 40); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      Utf8Writer out = new Utf8Writer(random.nextInt(8));
      int at = 0;
      while (at < s.length()) {
        // short pieces and long ones, longer than the writer's buffer of characters
        int n = Math.min(s.length() - at, random.nextInt(3) == 0 ? random.nextInt(700) : random.nextInt(5));
        switch (random.nextInt(4)) {
          case 0 -> out.write(s, at, n);
          case 1 -> out.write(s.toCharArray(), at, n);
          case 2 -> out.append(s.substring(at, at + n));
          default -> {
            if (n > 0) {
              out.write(s.charAt(at));
              n = 1;
            }
          }
        }
        at += n;
      }
      byte[] expected = s.getBytes(StandardCharsets.UTF_8);
      assertArrayEquals(expected, out.toByteArray(), s);
      assertEquals(expected.length, out.size(), s);
    }
  }

  @Test
  void growsPastItsFirstCapacity() {
    Utf8Writer out = new Utf8Writer(1);
    String page = "<p>\u201CQuoted\u201D</p>\n".repeat(10_000);
    out.write(page);
    assertArrayEquals(page.getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }

  /**
   * What the page writer adds to a writer: bytes copied from another writer (up to its length,
   * which leaves out a high surrogate still waiting for its other half), numbers without strings,
   * truncation, and the text so far as a string, each the same as writing the characters.
   */
  @Test
  void copiesNumbersAndTruncationWriteWhatTheCharactersWould() {
    Random random = new Random(20261204);
    String alphabet = "ab<\u00E9\u2019\uD83D\uDE00\uDC00\uD800";
    for (int round = 0; round < 2_000; round++) {
      Utf8Writer source = new Utf8Writer(random.nextInt(16));
      Utf8Writer copy = new Utf8Writer(random.nextInt(16));
      StringBuilder expected = new StringBuilder();
      for (int step = random.nextInt(30); step > 0; step--) {
        int from = source.length();
        switch (random.nextInt(4)) {
          case 0 -> {
            int number = random.nextInt(3) == 0 ? -random.nextInt(1000) : random.nextInt(Integer.MAX_VALUE) >> random.nextInt(31);
            source.writeInt(number);
            expected.append(number);
          }
          case 1 -> {
            char c = alphabet.charAt(random.nextInt(alphabet.length()));
            source.writeChar(c);
            expected.append(c);
          }
          default -> {
            StringBuilder piece = new StringBuilder();
            for (int i = random.nextInt(100); i > 0; i--) {
              piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            source.write(piece.toString());
            expected.append(piece);
          }
        }
        copy.writeBytes(source, from, source.length());
      }
      int from = source.length();
      source.flushPending();
      copy.writeBytes(source, from, source.length());
      byte[] bytes = expected.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(new String(bytes, StandardCharsets.UTF_8), source.toString());
      assertArrayEquals(bytes, copy.toByteArray(), expected.toString());
      int keep = random.nextInt(bytes.length + 1);
      source.truncate(keep);
      source.write("<end>");
      byte[] truncated = source.toByteArray();
      assertArrayEquals(java.util.Arrays.copyOf(bytes, keep), java.util.Arrays.copyOf(truncated, keep));
      assertEquals("<end>", new String(truncated, keep, truncated.length - keep, StandardCharsets.US_ASCII));
    }
  }

  /** A high surrogate written last, then bytes made elsewhere: {@code ?}, as before any character but its low half. */
  @Test
  void aSurrogateBeforeCopiedBytesIsAQuestionMark() {
    Utf8Writer out = new Utf8Writer(4);
    out.write("a\uD83D");
    assertEquals(1, out.length());
    assertEquals(2, out.size());
    out.write(Html.of("<p>\u00E9</p>"));
    assertArrayEquals("a?<p>\u00E9</p>".getBytes(StandardCharsets.UTF_8), out.toByteArray());
  }
}
