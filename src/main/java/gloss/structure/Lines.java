package gloss.structure;

import java.util.Locale;
import java.util.regex.Pattern;

/** Tests on single lines that decide what a line is: title, heading, credit, quotation. */
final class Lines {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  static final int MAX_HEADING_WORDS = 12;
  static final int MAX_HEADING_CHARS = 100;
  static final int MAX_TITLE_WORDS = 30;
  static final int MAX_TITLE_CHARS = 200;
  private static final int MAX_TITLE_SENTENCE_WORDS = 12;

  private Lines() {}

  /** Short, begins with a capital, ends without closing punctuation, is no quotation or link card. */
  static boolean isHeadingLike(String text) {
    return text.length() <= MAX_HEADING_CHARS
        && words(text, MAX_HEADING_WORDS) <= MAX_HEADING_WORDS
        && startsWithCapital(text)
        && !endsWithPunctuation(text)
        && !opensQuotation(text)
        && !text.contains(" | ");
  }

  /**
   * The first line of a text is its title when it is short and either has no closing punctuation
   * or is a short title-case sentence ("Lavrov Picked Up The Phone.").
   */
  static boolean isTitleLike(String text) {
    if (text.length() > MAX_TITLE_CHARS || words(text, MAX_TITLE_WORDS) > MAX_TITLE_WORDS || opensQuotation(text)
        || !startsWithCapital(text)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (last == ':' || last == ',' || last == ';') {
      return false;
    }
    if (!endsWithPunctuation(text) || last == '?' || last == '!') {
      return true;
    }
    return words(text, MAX_TITLE_SENTENCE_WORDS) <= MAX_TITLE_SENTENCE_WORDS && capitalisedShare(text) >= 0.6;
  }

  /** "Headline | Publication": a link card or, before a quotation, its citation. */
  static boolean isCitationLike(String text) {
    return text.contains(" | ") || isHeadingLike(text);
  }

  static boolean opensQuotation(String text) {
    return !text.isEmpty() && "“\"«„".indexOf(text.charAt(0)) >= 0;
  }

  static boolean introducesQuotation(String text) {
    return text.endsWith(":");
  }

  /**
   * Net count of quotation marks opened and not closed in {@code text}. Curly marks count by kind;
   * a straight mark opens at the start or after a space or bracket and closes elsewhere.
   */
  static int quoteBalance(String text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«') {
        depth++;
      } else if (c == '”' || c == '»') {
        depth--;
      } else if (c == '"') {
        boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(';
        depth += opening ? 1 : -1;
      }
    }
    return depth;
  }

  /** "Laura Kelly contributed.", "Jane Doe contributed to this report." */
  static boolean isCredit(String text) {
    if (!text.endsWith(".") || words(text, 20) > 20) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int at = lower.indexOf(" contributed");
    if (at <= 0) {
      return false;
    }
    String rest = lower.substring(at + " contributed".length());
    boolean creditEnding = rest.equals(".") || rest.equals(" to this report.")
        || rest.equals(" reporting.") || rest.equals(" to this story.") || rest.equals(" to this article.");
    return creditEnding && startsWithCapital(text);
  }

  /** The words of {@code text}, counted up to one more than {@code limit}. */
  static int words(String text, int limit) {
    return gloss.text.Words.count(text, limit);
  }

  private static boolean startsWithCapital(String text) {
    return !text.isEmpty() && (Character.isUpperCase(text.codePointAt(0)) || Character.isDigit(text.codePointAt(0)));
  }

  private static boolean endsWithPunctuation(String text) {
    char last = text.charAt(text.length() - 1);
    return ".!?:;,…”\"’".indexOf(last) >= 0;
  }

  private static double capitalisedShare(String text) {
    String[] words = SPACES.split(text);
    int capitals = 0;
    for (String word : words) {
      if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
        capitals++;
      }
    }
    return words.length == 0 ? 0 : capitals / (double) words.length;
  }
}
