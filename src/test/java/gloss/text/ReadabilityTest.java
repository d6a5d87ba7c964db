package gloss.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Flesch–Kincaid grades worked out by hand: 0.39 × words/sentences + 11.8 × syllables/words − 15.59. */
class ReadabilityTest {
  private static double grade(String... paragraphs) {
    return Readability.grade(List.of(paragraphs));
  }

  @Test
  void countsVowelGroupsAsSyllables() {
    // internationalization 8 (i, e, a, io, a, i, a, io), complicates 4, everything 4 (y is a vowel):
    // 3 words, 1 sentence, 16 syllables: 1.17 + 62.93 - 15.59
    assertEquals(48.5, grade("Internationalization complicates everything."));
  }

  @Test
  void abbreviationsAndShortWordsWithAFullStopDoNotEndASentence() {
    // "U.S." has two full stops and "met." only four characters, so one sentence of six words:
    // U.S. 1, officials 3, met 1, Negotiations 4, continued 3, afterwards 3 = 15 syllables;
    // 0.39 × 6 + 11.8 × 15 / 6 - 15.59 = 16.25
    assertEquals(16.3, grade("U.S. officials met. Negotiations continued afterwards."));
  }

  @Test
  void aSentenceEndsBeforeClosingQuotationMarks() {
    // "loudly." ends the sentence; "not.", its closing quotation mark aside, has only four
    // characters, so it does not: one sentence of 8 words. He 1, said 1, absolutely 5 (a, o, u, e,
    // y), not 1, Then 1, everyone 3 (e, e, yo, e, less the final e), laughed 2, loudly 2 = 16;
    // 0.39 × 8 + 11.8 × 16 / 8 - 15.59 = 11.13
    assertEquals(11.1, grade("He said \"absolutely not.\" Then everyone laughed loudly."));
    // a longer word inside the quotation ends a sentence: 7 words (certainly 3), 2 sentences,
    // 13 syllables: 0.39 × 3.5 + 11.8 × 13 / 7 - 15.59 = 7.69
    assertEquals(7.7, grade("He said \"certainly.\" Then everyone laughed loudly."));
  }

  @Test
  void aFinalSilentEIsNotASyllableUnlessAfterL() {
    // Make 1, the 1, table 2, stable 2, before 2, the 1, cake 1 = 10 syllables, 7 words, 1 sentence:
    // 0.39 × 7 + 11.8 × 10 / 7 - 15.59 = 3.99
    assertEquals(4.0, grade("Make the table stable before the cake."));
  }

  @Test
  void eachParagraphEndsASentenceAndAnyWhitespaceSeparatesWords() {
    // First 1, paragraph 3, without 2, an 1, ending 2 | Second 2, one 1 (final e), also 2,
    // unfinished 4, across 2, lines 2: 11 words, 2 sentences, 22 syllables;
    // 0.39 × 5.5 + 11.8 × 2 - 15.59 = 10.155
    assertEquals(10.2, grade("First paragraph without an ending", "Second one, also\tunfinished\nacross lines"));
  }

  @Test
  void tokensWithoutALetterAreNotWordsAndATextWithoutWordsIsGradeZero() {
    assertEquals(0.0, grade("1999 — 42 ... !!"));
    assertEquals(0.0, grade());
    assertEquals(0.0, grade("   ", ""));
  }

  @Test
  void easyTextIsNeverBelowZero() {
    assertEquals(0.0, grade("The cat sat. The dog ran! Go?"));
  }

  @Test
  void describesTheGradeInWords() {
    assertEquals("Flesch–Kincaid grade 11.2 (standard, high-school level)", Readability.describe(11.2));
    assertEquals("Flesch–Kincaid grade 8.9 (easy)", Readability.describe(8.9));
    assertEquals("Flesch–Kincaid grade 16.0 (very demanding)", Readability.describe(16));
    // one decimal, rounded as String.format rounds it, from the shortest decimal that is the double
    for (double grade : new double[] {0, 0.05, 0.15, 0.25, 2.449, 2.45, 9.95, 12.349999, 99.96, 1e7, -0.15}) {
      assertEquals(String.format(java.util.Locale.ROOT, "Flesch–Kincaid grade %.1f", grade),
          Readability.describe(grade).substring(0, Readability.describe(grade).indexOf(" (")), Double.toString(grade));
    }
  }

  /** The grade's number against {@code BigDecimal}'s rounding, on random values of every size a grade has and more. */
  @Test
  void oneDecimalRoundsHalfUpAsBigDecimalDoes() {
    java.util.Random random = new java.util.Random(20261203);
    for (int round = 0; round < 300_000; round++) {
      double value = switch (round % 4) {
        case 0 -> random.nextDouble() * 200 - 50;
        case 1 -> Math.round(random.nextDouble() * 20_000 - 5_000) / 100.0; // exactly two decimals: ties
        case 2 -> Math.round(random.nextDouble() * 2_000 - 500) / 1000.0 + 0.05;
        default -> (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(20) - 8);
      };
      assertEquals(new java.math.BigDecimal(Double.toString(value)).setScale(1, java.math.RoundingMode.HALF_UP)
          .toPlainString(), Readability.oneDecimal(value), Double.toString(value));
    }
    for (double value : new double[] {0.0, -0.0, 0.04, -0.04, 0.05, -0.05, 0.95, 9.95, 99.95, -9.95, 1e-4, 1e7, 123456.75}) {
      assertEquals(new java.math.BigDecimal(Double.toString(value)).setScale(1, java.math.RoundingMode.HALF_UP)
          .toPlainString(), Readability.oneDecimal(value), Double.toString(value));
    }
  }

  /**
   * The one-pass grade against the grade worked out token by token (split at white space, then
   * the token's letters, then its end), on random paragraphs of letters, vowels, full stops,
   * closing marks, white space and characters outside ASCII.
   */
  @Test
  void onePassGivesTheGradeOfTokenByToken() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "eeaioyulbtsS U. !?\"'\u201D\u2019)] \t\n\u00E9\u00C9\u0416\u4E2D1-\u00A0";
    for (int round = 0; round < 20_000; round++) {
      List<String> paragraphs = new java.util.ArrayList<>();
      for (int p = random.nextInt(4); p >= 0; p--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(60); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        paragraphs.add(text.toString());
      }
      assertEquals(tokenByToken(paragraphs), Readability.grade(paragraphs), paragraphs.toString());
    }
  }

  /**
   * The words a measure counts are those {@link Words#count} counts in each paragraph (tokens
   * between Java's white space with a letter or digit), white space the grade does not part words
   * at (U+001C, an em space, an ideographic space) included; its grade is {@link Readability#grade}.
   */
  @Test
  void aMeasureCountsTheWordsWordsCounts() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "eaoybtS U.!\"\u201D) \t\n\r\u000B\f\u001C\u001F\u2003\u3000\u2028\u00A0\u00E9\u0416\u4E2D19-_\u0660";
    int othersSeen = 0;
    for (int round = 0; round < 20_000; round++) {
      List<String> paragraphs = new java.util.ArrayList<>();
      int expected = 0;
      for (int p = random.nextInt(4); p >= 0; p--) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(50); i > 0; i--) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        paragraphs.add(text.toString());
        expected += Words.count(text.toString());
        othersSeen += text.toString().matches("(?s).*\\w[\u001C\u2003\u3000]\\w.*") ? 1 : 0;
      }
      Readability.Measure measure = Readability.measure(paragraphs);
      assertEquals(expected, measure.words(), paragraphs.toString());
      assertEquals(tokenByToken(paragraphs), measure.grade(), paragraphs.toString());
    }
    assertTrue(othersSeen > 100, othersSeen + " paragraphs with a word, other white space, a word");
    assertEquals(new Readability.Measure(0, 0), Readability.measure(List.of()));
    assertEquals(new Readability.Measure(3, 0), Readability.measure(List.of("1999 — 42\u2003x7", " ")));
    assertEquals(2, Readability.measure(List.of("a\u2003b")).words());
    assertEquals(1, Readability.measure(List.of("a\u00A0b")).words());
  }

  private static double tokenByToken(List<String> paragraphs) {
    long words = 0;
    long sentences = 0;
    long syllables = 0;
    for (String paragraph : paragraphs) {
      boolean inSentence = false;
      for (String token : paragraph.split("[ \t\n\u000B\f\r]+")) {
        int letters = 0;
        int groups = 0;
        boolean previousVowel = false;
        String lowerLetters = "";
        for (char c : token.toCharArray()) {
          if (Character.isLetter(c)) {
            char lower = Character.toLowerCase(c);
            boolean vowel = "aeiouy".indexOf(lower) >= 0;
            groups += vowel && !previousVowel ? 1 : 0;
            previousVowel = vowel;
            lowerLetters += lower;
            letters++;
          }
        }
        if (letters == 0) {
          continue;
        }
        int n = lowerLetters.length();
        if (letters > 2 && lowerLetters.charAt(n - 1) == 'e' && lowerLetters.charAt(n - 2) != 'l' && groups > 1) {
          groups--;
        }
        words++;
        syllables += Math.max(1, groups);
        inSentence = true;
        String kept = token.replaceAll("[\"'\u201D\u2019)\\]]+$", "");
        boolean ends = !kept.isEmpty() && (kept.endsWith("!") || kept.endsWith("?")
            || kept.endsWith(".") && kept.length() > 4 && kept.indexOf('.') == kept.length() - 1);
        if (ends) {
          sentences++;
          inSentence = false;
        }
      }
      if (inSentence) {
        sentences++;
      }
    }
    if (words == 0) {
      return 0;
    }
    double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    return Math.round(Math.max(0, grade) * 10) / 10.0;
  }
}
