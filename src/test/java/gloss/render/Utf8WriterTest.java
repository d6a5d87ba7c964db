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
}
