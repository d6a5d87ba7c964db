package gloss.clean;

import java.util.List;
import java.util.Optional;

/**
 * {@code syndication}: promos and footers added when an article is republished. "For the latest
 * news, weather, sports and streaming video, visit The Hill.", "This article originally appeared on
 * …", copyright lines. When the promo names the publication, it becomes the reading's source.
 */
final class SyndicationRule implements DebrisRule {
  private static final List<String> NAMING_PREFIXES =
      List.of(
          "for the latest news, weather, sports and streaming video, visit ",
          "this article originally appeared on ", "this story originally appeared on ",
          "this article was originally published by ", "this article was originally published on ",
          "this story was originally published by ", "originally published by ",
          "originally published on ", "republished with permission from ", "read more at ");
  private static final List<String> FOOTER_PREFIXES =
      List.of(
          "copyright ©", "copyright (c)", "©", "(c) ", "all rights reserved",
          "this material may not be published, broadcast, rewritten or redistributed");
  private static final int MAX_WORDS = 30;

  @Override
  public String id() {
    return "syndication";
  }

  @Override
  public String description() {
    return "syndication promos and copyright footers; a promo naming the publication gives the source";
  }

  @Override
  public Verdict judge(LineContext line) {
    if (!line.isShort() || Sentences.wordCount(line.text()) > MAX_WORDS) {
      return Verdict.KEEP;
    }
    String text = line.text().strip();
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    for (String prefix : NAMING_PREFIXES) {
      if (lower.startsWith(prefix)) {
        Optional<String> publication = publication(text.substring(prefix.length()));
        return Verdict.drop(
            "a syndication promo",
            new Found(publication, Optional.empty()));
      }
    }
    for (String prefix : FOOTER_PREFIXES) {
      if (lower.startsWith(prefix)) {
        return Verdict.drop("a copyright footer");
      }
    }
    if (lower.startsWith("copyright ") && lower.length() > 14
        && Character.isDigit(lower.charAt(10))) {
      return Verdict.drop("a copyright footer");
    }
    return Verdict.KEEP;
  }

  /** "The Hill." -> "The Hill"; nothing when the rest is not a short name. */
  private static Optional<String> publication(String rest) {
    String name = rest.strip();
    while (!name.isEmpty() && ".!:;,".indexOf(name.charAt(name.length() - 1)) >= 0) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return Sentences.looksLikeName(name) ? Optional.of(name) : Optional.empty();
  }
}
