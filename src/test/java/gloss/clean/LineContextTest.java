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
}
