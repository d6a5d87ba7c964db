package gloss.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrailingDebrisRuleTest {
  /**
   * The marker test agrees with lower-casing the line's end and comparing, on ends made of the
   * markers' letters in both cases and the characters where a character's lower case and a
   * string's differ: capital I with a dot, the Kelvin sign, the long s, capital sigma, surrogates.
   */
  @Test
  void endsWithIgnoreCaseIsLowerCasingTheEnd() {
    String suffix = "read more";
    String alphabet = "readmoREADMO \u0130\u212A\u017F\u03A3\uD835\uDC00ik";
    Random random = new Random(20261203);
    int matches = 0;
    for (int round = 0; round < 50_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(4); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (int i = 0; i < suffix.length(); i++) { // the suffix, each letter in either case or replaced
        char c = suffix.charAt(i);
        int pick = random.nextInt(10);
        text.append(pick < 5 ? c : pick < 9 ? Character.toUpperCase(c) : alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      boolean expected = s.length() >= suffix.length()
          && s.substring(s.length() - suffix.length()).toLowerCase(Locale.ROOT).equals(suffix);
      assertEquals(expected, TrailingDebrisRule.endsWithIgnoreCase(s, suffix), s);
      matches += expected ? 1 : 0;
    }
    assertTrue(matches > 1_000, "the test matched " + matches + " times");
    assertTrue(TrailingDebrisRule.endsWithIgnoreCase("Something. Click to Expand Menu.", "click to expand menu."));
    assertFalse(TrailingDebrisRule.endsWithIgnoreCase("L\u0130NK", "link"));
    assertTrue(TrailingDebrisRule.endsWithIgnoreCase("\u212Aeep", "keep"));
    assertFalse(TrailingDebrisRule.endsWithIgnoreCase("more", "read more"));
  }
}
