package gloss.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LineContextTest {
  /** The quick test for ASCII white space against Java's own, for every character of the first planes' start. */
  @Test
  void normalizingSeparatesWordsAtWhatJavaCallsWhiteSpace() {
    for (char c = 0; c < 0x3100; c++) {
      String line = "Ab" + c + c + "cd" + c;
      boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c);
      String expected = blank ? "ab cd" : ("ab" + c + c + "cd" + c).toLowerCase(Locale.ROOT);
      if (!blank) {
        expected = trimEdges(expected);
      }
      assertEquals(expected, LineContext.normalize(line), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void normalizingCollapsesSpacesAndDropsEdgePunctuation() {
    assertEquals("read more", LineContext.normalize("  — Read\u00A0\u00A0 MORE » "));
    assertEquals("", LineContext.normalize(" \t\n "));
  }

  /** The punctuation {@code normalize} takes off both ends. */
  private static String trimEdges(String s) {
    String edges = "-–—.!:|•* »›";
    int start = 0;
    int end = s.length();
    while (start < end && edges.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && edges.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end).strip();
  }

  /** Random lines, long ones too, against normalizing with a string builder and String's own methods. */
  @Test
  void normalizingIsCollapsingTrimmingAndLowerCasing() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "aZ \t\n\u00A0\u2003-–—.!:|•*»›İΣé1";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(round % 10 == 0 ? 400 : 30); i > 0; i--) {
        line.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(reference(line.toString()), LineContext.normalize(line.toString()), line.toString());
    }
  }

  private static String reference(String text) {
    StringBuilder out = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < text.length() && out.length() <= LineContext.SHORT; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return trimEdges(out.toString()).toLowerCase(Locale.ROOT);
  }
}
