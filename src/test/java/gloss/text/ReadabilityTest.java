package gloss.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
