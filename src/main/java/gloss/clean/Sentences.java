package gloss.clean;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small tests on words and sentences that several rules share. All are linear in the input. */
final class Sentences {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private static final Set<String> NAME_CONNECTORS =
      Set.of("the", "of", "and", "&", "for", "de", "la", "le", "du", "des", "der", "am", "on", "in");
  private static final int MAX_NAME_WORDS = 7;

  private Sentences() {}

  static int wordCount(String text) {
    return gloss.text.Words.count(text);
  }

  /** Ends with . ! ? or … possibly followed by closing quotes or brackets. */
  static boolean endsSentence(String text) {
    int end = text.length() - 1;
    while (end >= 0 && (Character.isWhitespace(text.charAt(end)) || "”\"’')]".indexOf(text.charAt(end)) >= 0)) {
      end--;
    }
    return end >= 0 && ".!?…".indexOf(text.charAt(end)) >= 0;
  }

  /** Starts with an opening quotation mark. */
  static boolean opensQuotation(String text) {
    String s = text.strip();
    return !s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '"' || s.charAt(0) == '«' || s.charAt(0) == '„');
  }

  /** A short name in title case: "The Hill", "Just The News", "Reuters". */
  static boolean looksLikeName(String text) {
    String[] words = SPACES.split(text.strip());
    if (text.isBlank() || words.length > MAX_NAME_WORDS) {
      return false;
    }
    if (!Character.isUpperCase(words[0].codePointAt(0)) && !Character.isDigit(words[0].codePointAt(0))) {
      return false;
    }
    for (String word : words) {
      boolean capital = Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0));
      if (!capital && !NAME_CONNECTORS.contains(word.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** Two neighbouring words where one begins with the other ("deeper deep"), at least 4 letters. */
  static boolean hasRepeatedStem(String text) {
    String[] words = SPACES.split(text.toLowerCase(Locale.ROOT));
    for (int i = 1; i < words.length; i++) {
      String a = words[i - 1];
      String b = words[i];
      if (Math.min(a.length(), b.length()) >= 4 && (a.startsWith(b) || b.startsWith(a))) {
        return true;
      }
    }
    return false;
  }
}
