package gloss.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Flesch–Kincaid grade level of a text: roughly the U.S. school grade that can read it, from
 * words per sentence and syllables per word. Syllables are counted by vowel groups, a well-known
 * estimate that is close for English prose and never exact.
 */
public final class Readability {
  private static final Pattern SPACES = Pattern.compile("\\s+");
  /** Closing quotation marks and brackets that may follow a sentence's full stop. */
  private static final String CLOSERS = "\"'”’)]";

  private Readability() {}

  /** The grade, rounded to one decimal; 0 for a text without words. */
  public static double grade(List<String> paragraphs) {
    long words = 0;
    long sentences = 0;
    long syllables = 0;
    for (String paragraph : paragraphs) {
      boolean inSentence = false;
      for (String token : SPACES.split(paragraph)) {
        String word = letters(token);
        if (word.isEmpty()) {
          continue;
        }
        words++;
        syllables += syllables(word);
        inSentence = true;
        if (endsSentence(token)) {
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
    return String.format(Locale.ROOT, "Flesch–Kincaid grade %.1f (%s)", grade, level);
  }

  private static boolean endsSentence(String token) {
    int end = token.length();
    while (end > 0 && CLOSERS.indexOf(token.charAt(end - 1)) >= 0) {
      end--;
    }
    String t = token.substring(0, end);
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    if (last == '!' || last == '?') {
      return true;
    }
    // "U.S." and "Feb." are abbreviations, not sentence ends.
    return last == '.' && t.length() > 4 && t.indexOf('.') == t.length() - 1;
  }

  private static String letters(String token) {
    StringBuilder out = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isLetter(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  static int syllables(String word) {
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < word.length(); i++) {
      boolean vowel = "aeiouy".indexOf(word.charAt(i)) >= 0;
      if (vowel && !previousVowel) {
        count++;
      }
      previousVowel = vowel;
    }
    if (word.length() > 2 && word.endsWith("e") && !word.endsWith("le") && count > 1) {
      count--;
    }
    return Math.max(1, count);
  }
}
