package gloss.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns file names and titles into safe, readable URL slugs.
 *
 * <p>A slug holds only {@code a-z}, {@code 0-9} and single inner hyphens, so it can never name a
 * parent folder, a hidden file or an option. Letters with accents keep their base letter ({@code
 * Erdoğan -> erdogan}); text with no Latin letters or digits at all (emoji, right-to-left scripts,
 * punctuation) gives an empty slug, which callers replace with a fallback.
 */
public final class Slugs {
  private static final int MAX_LENGTH = 80;

  private Slugs() {}

  /** The slug of {@code text}, possibly empty. */
  public static String slugify(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    StringBuilder out = new StringBuilder(Math.min(decomposed.length(), MAX_LENGTH));
    boolean pendingHyphen = false;
    for (int i = 0; i < decomposed.length() && out.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(decomposed.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingHyphen && out.length() > 0) {
          out.append('-');
        }
        pendingHyphen = false;
        out.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '’') {
        pendingHyphen = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** The slug of {@code text}, or {@code fallback} when the text has nothing a slug can keep. */
  public static String slugify(String text, String fallback) {
    String slug = slugify(text);
    return slug.isEmpty() ? fallback : slug;
  }

  /** True when {@code id} is already a slug: what note ids and reading ids must look like. */
  public static boolean isSlug(String id) {
    return !id.isEmpty() && slugify(id).equals(id);
  }
}
