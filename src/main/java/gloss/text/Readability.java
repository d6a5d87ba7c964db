package gloss.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * The Flesch–Kincaid grade level of a text: roughly the U.S. school grade that can read it, from
 * words per sentence and syllables per word. Syllables are counted by vowel groups, a well-known
 * estimate that is close for English prose and never exact.
 */
public final class Readability {
  /** Closing quotation marks and brackets that may follow a sentence's full stop. */
  private static final String CLOSERS = "\"'”’)]";

  private Readability() {}

  /**
   * The grade, rounded to one decimal; 0 for a text without words. A word is a run of
   * non-whitespace with a letter in it; its syllables are the groups of vowels among its letters
   * (a final silent "e" not counted); a sentence ends at a word ending in "!", "?" or a full stop
   * after at least four characters with no other full stop ("U.S." and "Feb." do not end one),
   * closing quotation marks and brackets aside, and at the end of each paragraph. One pass over
   * the characters, without splitting: it runs on every paragraph of every reading.
   */
  public static double grade(List<String> paragraphs) {
    long words = 0;
    long sentences = 0;
    long syllables = 0;
    for (String paragraph : paragraphs) {
      boolean inSentence = false;
      int length = paragraph.length();
      int start = 0;
      while (start < length) {
        while (start < length && isSpace(paragraph.charAt(start))) {
          start++;
        }
        int end = start;
        while (end < length && !isSpace(paragraph.charAt(end))) {
          end++;
        }
        if (end > start) {
          int wordSyllables = syllables(paragraph, start, end);
          if (wordSyllables > 0) {
            words++;
            syllables += wordSyllables;
            inSentence = true;
            if (endsSentence(paragraph, start, end)) {
              sentences++;
              inSentence = false;
            }
          }
        }
        start = end;
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

  /** "grade 11.2" in words a reader understands. */
  public static String describe(double grade) {
    String level;
    if (grade < 9) {
      level = "easy";
    } else if (grade < 13) {
      level = "standard, high-school level";
    } else if (grade < 16) {
      level = "demanding, college level";
    } else {
      level = "very demanding";
    }
    // not String.format: its locale machinery, once a reading, cost more than the grade itself
    String number = Double.isFinite(grade)
        ? new BigDecimal(Double.toString(grade)).setScale(1, RoundingMode.HALF_UP).toPlainString()
        : String.format(Locale.ROOT, "%.1f", grade);
    return "Flesch–Kincaid grade " + number + " (" + level + ")";
  }

  /** Whether the token {@code text[start, end)} ends a sentence. */
  private static boolean endsSentence(String text, int start, int end) {
    while (end > start && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == start) {
      return false;
    }
    char last = text.charAt(end - 1);
    if (last == '!' || last == '?') {
      return true;
    }
    // "U.S." and "Feb." are abbreviations, not sentence ends.
    return last == '.' && end - start > 4 && text.indexOf('.', start) == end - 1;
  }

  /** The whitespace of the regular expression {@code \s}: the separators of words here. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The syllables of the word made of the letters of the token {@code text[start, end)}, at least
   * one; 0 when the token has no letter, and so is no word.
   */
  private static int syllables(String text, int start, int end) {
    int letters = 0;
    int count = 0;
    boolean previousVowel = false;
    char last = 0;
    char beforeLast = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      char lower;
      if (c < 0x80) { // most letters: no need for Unicode's tables
        lower = (char) (c | 0x20);
        if (lower < 'a' || lower > 'z') {
          continue;
        }
      } else if (Character.isLetter(c)) {
        lower = Character.toLowerCase(c);
      } else {
        continue;
      }
      boolean vowel = lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
      if (vowel && !previousVowel) {
        count++;
      }
      previousVowel = vowel;
      beforeLast = last;
      last = lower;
      letters++;
    }
    if (letters == 0) {
      return 0;
    }
    if (letters > 2 && last == 'e' && beforeLast != 'l' && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }
}
