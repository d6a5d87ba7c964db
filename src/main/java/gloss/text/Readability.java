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
  private static final int SPACE = 1;
  private static final int LETTER = 2;
  private static final int VOWEL = 4;
  private static final int CLOSER = 8;
  /** For each ASCII character: SPACE (as {@link #isSpace}), LETTER, VOWEL (a, e, i, o, u, y, either case), CLOSER. */
  private static final byte[] KINDS = new byte[128];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      KINDS[c] = (byte) ((isSpace(c) ? SPACE : 0) | (letter ? LETTER : 0) | (letter && isVowel((char) (c | 0x20)) ? VOWEL : 0) | (isCloser(c) ? CLOSER : 0));
    }
  }

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
      // the token being read, from start (-1 between tokens)
      int start = -1;
      int letters = 0;
      int vowelGroups = 0;
      int previousVowel = 0; // 1 after a vowel
      char last = 0;
      char beforeLast = 0;
      int lastKept = -1; // its last character that is not a closing mark
      int firstStop = -1; // its first full stop
      for (int i = 0; i <= length; i++) {
        char c = i < length ? paragraph.charAt(i) : ' ';
        // most characters are ASCII: a table instead of Unicode's; and few branches, as a
        // branch on whether a letter is a vowel is mispredicted half the time
        int kind;
        char lower;
        if (c < 0x80) {
          kind = KINDS[c];
          lower = (char) (c | 0x20);
        } else {
          lower = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
          kind = (lower != 0 ? LETTER | (isVowel(lower) ? VOWEL : 0) : 0) | (isCloser(c) ? CLOSER : 0);
        }
        if ((kind & SPACE) != 0) {
          if (start >= 0 && letters > 0) {
            words++;
            syllables += syllables(letters, vowelGroups, last, beforeLast);
            inSentence = true;
            if (endsSentence(paragraph, start, lastKept, firstStop)) {
              sentences++;
              inSentence = false;
            }
          }
          start = -1;
          continue;
        }
        if (start < 0) {
          start = i;
          letters = 0;
          vowelGroups = 0;
          previousVowel = 0;
          last = 0;
          beforeLast = 0;
          lastKept = -1;
          firstStop = -1;
        }
        lastKept = (kind & CLOSER) != 0 ? lastKept : i;
        if (c == '.' && firstStop < 0) {
          firstStop = i;
        }
        if ((kind & LETTER) != 0) {
          int vowel = (kind & VOWEL) >> 2;
          vowelGroups += vowel & ~previousVowel;
          previousVowel = vowel;
          beforeLast = last;
          last = lower;
          letters++;
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
    String number = Double.isFinite(grade) ? oneDecimal(grade) : String.format(Locale.ROOT, "%.1f", grade);
    return "Flesch–Kincaid grade " + number + " (" + level + ")";
  }

  /**
   * {@code value} rounded half up to one decimal, as {@code new BigDecimal(Double.toString(value))
   * .setScale(1, HALF_UP).toPlainString()} gives it (no minus sign on zero), from the digits of
   * {@link Double#toString}: not {@code String.format}, whose locale machinery cost more than the
   * grade itself, nor {@code BigDecimal}, which the JIT spent longer compiling than the pages
   * spent running it. Only a finite value.
   */
  static String oneDecimal(double value) {
    String digits = Double.toString(value);
    if (digits.indexOf('E') >= 0) { // below 0.001 or from 10 million: never a grade
      return new BigDecimal(digits).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }
    boolean negative = digits.charAt(0) == '-';
    int dot = digits.indexOf('.'); // Double.toString writes at least one digit after it
    long tenths = Long.parseLong(digits, negative ? 1 : 0, dot, 10) * 10 + (digits.charAt(dot + 1) - '0');
    if (dot + 2 < digits.length() && digits.charAt(dot + 2) >= '5') {
      tenths++;
    }
    if (tenths == 0) {
      return "0.0";
    }
    return (negative ? "-" : "") + tenths / 10 + "." + tenths % 10;
  }

  /**
   * Whether a token ends a sentence: {@code text[start, lastKept]} is the token without its closing
   * marks (empty when {@code lastKept < start}), {@code firstStop} its first full stop, or -1.
   */
  private static boolean endsSentence(String text, int start, int lastKept, int firstStop) {
    if (lastKept < start) {
      return false;
    }
    char last = text.charAt(lastKept);
    if (last == '!' || last == '?') {
      return true;
    }
    // "U.S." and "Feb." are abbreviations, not sentence ends.
    return last == '.' && lastKept + 1 - start > 4 && firstStop == lastKept;
  }

  private static boolean isVowel(char lower) {
    return lower == 'a' || lower == 'e' || lower == 'i' || lower == 'o' || lower == 'u' || lower == 'y';
  }

  /** Closing quotation marks and brackets, which may follow a sentence's full stop. */
  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
  }

  /** The whitespace of the regular expression {@code \s}: the separators of words here. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * The syllables of a word of {@code letters} letters with {@code vowelGroups} groups of vowels,
   * ending in the letters {@code beforeLast} and {@code last}: a final silent "e" not counted, at
   * least one.
   */
  private static int syllables(int letters, int vowelGroups, char last, char beforeLast) {
    int count = vowelGroups;
    if (letters > 2 && last == 'e' && beforeLast != 'l' && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }
}
