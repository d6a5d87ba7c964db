package gloss.clean;

import gloss.text.EditionDate;
import java.util.Optional;

/**
 * Metadata the cleaner found inside debris: a syndication promo names the publication ("visit The
 * Hill"), a line such as "date 2022-07-29" gives the date.
 */
public record Found(Optional<String> source, Optional<EditionDate> date) {
  public static final Found NOTHING = new Found(Optional.empty(), Optional.empty());

  Found merge(Found other) {
    return new Found(
        source.isPresent() ? source : other.source, date.isPresent() ? date : other.date);
  }
}
