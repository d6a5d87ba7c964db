package gloss.clean;

/**
 * {@code search-junk}: a line of search keywords that is no sentence, such as "We need to go deeper
 * deep sea diplomats how to#". A keyword line ending in "#" is dropped; a long line with no
 * punctuation, mostly lower-case words and a repeated word stem is only flagged, since headings
 * look similar.
 */
final class SearchJunkRule implements DebrisRule {
  private static final int MIN_WORDS = 4;

  @Override
  public String id() {
    return "search-junk";
  }

  @Override
  public String description() {
    return "lines of search keywords that are no sentence (\"deep sea diplomats how to#\")";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text().strip();
    if (!line.isShort() || Sentences.wordCount(text) < MIN_WORDS || hasSentencePunctuation(text)) {
      return Verdict.KEEP;
    }
    if (text.endsWith("#")) {
      return Verdict.drop("keywords ending in \"#\", no sentence");
    }
    if (Sentences.wordCount(text) >= 8 && Sentences.hasRepeatedStem(text)) {
      return Verdict.suspicious("looks like search keywords (a repeated word, no punctuation)");
    }
    return Verdict.KEEP;
  }

  private static boolean hasSentencePunctuation(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (".,;:!?\"“”’()".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
