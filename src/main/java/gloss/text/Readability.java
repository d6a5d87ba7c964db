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
  private static final int ALPHANUMERIC = 16;
  /** White space to Java ({@link Character#isWhitespace}) that {@link #isSpace} is not: it parts words for {@link Words}. */
  private static final int OTHER_SPACE = 32;
  /**
   * For each ASCII character: SPACE (as {@link #isSpace}), LETTER, VOWEL (a, e, i, o, u, y, either
   * case), CLOSER, ALPHANUMERIC (a letter or digit, as {@link Words} counts words), OTHER_SPACE.
   */
  private static final byte[] KINDS = new byte[128];

  static {
    for (char c = 0; c < KINDS.length; c++) {
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      KINDS[c] = (byte) ((isSpace(c) ? SPACE : 0) | (letter ? LETTER : 0) | (letter && isVowel((char) (c | 0x20)) ? VOWEL : 0)
          | (isCloser(c) ? CLOSER : 0) | (Character.isLetterOrDigit(c) ? ALPHANUMERIC : 0)
          | (!isSpace(c) && Character.isWhitespace(c) ? OTHER_SPACE : 0));
    }
  }

  /**
   * A text's words, as {@link Words#count} counts them in each paragraph, and its {@link #grade}:
   * both a reading's page shows, measured in one pass.
   */
  public record Measure(int words, double grade) {}

  private Readability() {}

  /**
   * The grade, rounded to one decimal; 0 for a text without words. A word is a run of
   * non-whitespace with a letter in it; its syllables are the groups of vowels among its letters
   * (a final silent "e" not counted); a sentence ends at a word ending in "!", "?" or a full stop
   * after at least four characters with no other full stop ("U.S." and "Feb." do not end one),
   * closing quotation marks and brackets aside, and at the end of each paragraph.
   */
  public static double grade(List<String> paragraphs) {
    return measure(paragraphs).grade();
  }

  /**
   * The {@link Measure} of {@code paragraphs}. It runs on every paragraph of every reading, so in
   * one pass without splitting: a token (a run of characters between white space as {@link
   * #isSpace} has it) at a time, its characters in a loop that only counts letters, groups of vowels
   * and the words {@link Words} sees in it (white space to Java alone parts those), without a
   * branch on the kind of character (a branch on whether a letter is a vowel is mispredicted half
   * the time); its last letters and its end are looked at once it is over.
   */
  public static Measure measure(List<String> paragraphs) {
    long javaWords = 0;
    long words = 0;
    long sentences = 0;
    long syllables = 0;
    for (String paragraph : paragraphs) {
      boolean inSentence = false;
      int length = paragraph.length();
      int i = 0;
      while (i < length) {
        char c = paragraph.charAt(i);
        if (c < 0x80 && (KINDS[c] & SPACE) != 0) {
          i++;
          continue;
        }
        int start = i;
        int letters = 0;
        int vowelGroups = 0;
        int previousVowel = 0; // 1 after a vowel; a character that is not a letter leaves it as it is
        int alphanumeric = 0; // 1 once the word Words is in has a letter or digit
        for (; i < length; i++) {
          c = paragraph.charAt(i);
          int kind = c < 0x80 ? KINDS[c] : kind(c);
          if ((kind & SPACE) != 0) {
            break;
          }
          int letter = (kind & LETTER) >> 1;
          int vowel = (kind & VOWEL) >> 2;
          int otherSpace = (kind & OTHER_SPACE) >> 5;
          vowelGroups += vowel & ~previousVowel;
          previousVowel = vowel | (previousVowel & ~letter);
          letters += letter;
          javaWords += otherSpace & alphanumeric;
          alphanumeric = (alphanumeric | (kind & ALPHANUMERIC) >> 4) & (otherSpace ^ 1);
        }
        javaWords += alphanumeric;
        if (letters == 0) {
          continue;
        }
        words++;
        syllables += syllables(paragraph, start, i, letters, vowelGroups);
        inSentence = true;
        if (endsSentence(paragraph, start, i)) {
          sentences++;
          inSentence = false;
        }
      }
      if (inSentence) {
        sentences++;
      }
    }
    int wordCount = (int) Math.min(Integer.MAX_VALUE, javaWords);
    if (words == 0) {
      return new Measure(wordCount, 0);
    }
    double grade = 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    return new Measure(wordCount, Math.round(Math.max(0, grade) * 10) / 10.0);
  }

  /** What {@link #KINDS} says of an ASCII character, for any other (never {@link #SPACE}). */
  private static int kind(char c) {
    char lower = Character.isLetter(c) ? Character.toLowerCase(c) : 0;
    return (lower != 0 ? LETTER | (isVowel(lower) ? VOWEL : 0) : 0) | (isCloser(c) ? CLOSER : 0)
        | (Character.isLetterOrDigit(c) ? ALPHANUMERIC : 0) | (Character.isWhitespace(c) ? OTHER_SPACE : 0);
  }

  private static int kindOf(char c) {
    return c < 0x80 ? KINDS[c] : kind(c);
  }

  /**
   * The syllables of the word {@code text[start, end)} of {@code letters} letters with {@code
   * vowelGroups} groups of vowels: a final silent "e" not counted (after a letter other than "l"),
   * at least one.
   */
  private static int syllables(String text, int start, int end, int letters, int vowelGroups) {
    int count = vowelGroups;
    if (letters > 2 && count > 1) {
      int last = previousLetter(text, end);
      if (lower(text.charAt(last)) == 'e' && lower(text.charAt(previousLetter(text, last))) != 'l') {
        count--;
      }
    }
    return Math.max(1, count);
  }

  /** The index of the last letter before {@code end}, in a word that has one there. */
  private static int previousLetter(String text, int end) {
    int i = end - 1;
    while ((kindOf(text.charAt(i)) & LETTER) == 0) {
      i--;
    }
    return i;
  }

  private static char lower(char letter) {
    return letter < 0x80 ? (char) (letter | 0x20) : Character.toLowerCase(letter);
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
   * Whether the word {@code text[start, end)} ends a sentence: without its closing marks, it ends
   * in "!" or "?", or in a full stop, its only one, after at least four characters.
   */
  private static boolean endsSentence(String text, int start, int end) {
    int lastKept = end - 1;
    while (lastKept >= start && (kindOf(text.charAt(lastKept)) & CLOSER) != 0) {
      lastKept--;
    }
    if (lastKept < start) {
      return false;
    }
    char last = text.charAt(lastKept);
    if (last == '!' || last == '?') {
      return true;
    }
    // "U.S." and "Feb." are abbreviations, not sentence ends.
    return last == '.' && lastKept + 1 - start > 4 && text.indexOf('.', start) == lastKept;
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
}
