package gloss.load;

import java.util.List;
import java.util.Optional;

/**
 * The edition as a whole, from {@code content/edition.yaml}. Only the title is required.
 *
 * @param introduction Markdown shown on the home page
 * @param readingOrder reading ids in the order readers should take them, each with its line
 * @param siteUrl where the edition is published, ending in "/", used only where a format needs
 *     absolute addresses (sitemap, Atom); every link in the pages stays relative
 * @param method Markdown shown on the "About this edition" page: how the edition was made
 * @param mentionLinks whether later mentions of an entry link to its page ({@code mentions:
 *     first-footnote} also footnotes the first; {@code footnote-only} links nothing; {@code off})
 */
public record EditionConfig(
    String path,
    String title,
    Optional<String> subtitle,
    Optional<String> introduction,
    List<String> editors,
    Optional<String> licence,
    String language,
    List<Note.Ref> readingOrder,
    MentionPolicy mentions,
    Optional<String> siteUrl,
    Optional<String> method) {

  /** How mentions of entries are marked in each reading. */
  public enum MentionPolicy {
    /** First mention in a reading gets a footnote with the gloss; every mention links the entry. */
    FIRST_FOOTNOTE("first-footnote"),
    /** Mentions link to the entry page; no footnotes for mentions. */
    LINKS_ONLY("links-only"),
    /** Mentions are not marked at all. */
    OFF("off");

    private final String key;

    MentionPolicy(String key) {
      this.key = key;
    }

    public String key() {
      return key;
    }

    public static Optional<MentionPolicy> ofKey(String key) {
      for (MentionPolicy policy : values()) {
        if (policy.key.equals(key)) {
          return Optional.of(policy);
        }
      }
      return Optional.empty();
    }
  }
}
