package gloss.link;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Mention;
import gloss.load.EditionConfig;
import gloss.load.Note;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole edition, cross-referenced: readings in reading order, notes by id, every mention of
 * every entry, the entries of each reading, and each reading's related readings.
 *
 * @param mentions entry id to its mentions, in reading order then paragraph order
 * @param entriesOf reading id to the ids of the entries it mentions, in order of first mention
 * @param related reading id to related readings, most shared entries first
 */
public record Edition(
    EditionConfig config,
    List<AnnotatedReading> readings,
    List<Note> notes,
    Map<String, List<EntryMention>> mentions,
    Map<String, List<String>> entriesOf,
    Map<String, List<Related>> related) {

  /** The note with this id; a binary search, as {@code notes} are sorted by id (a linear scan otherwise). */
  public Optional<Note> note(String id) {
    int low = 0;
    int high = notes.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = notes.get(mid).id().compareTo(id);
      if (c == 0) {
        return Optional.of(notes.get(mid));
      } else if (c < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return notes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  /**
   * A mention as an entry page lists it: which reading (and its title, which the page shows: a
   * lookup by id for each of a large edition's 260,000 mentions cost more than the rest of making
   * its line), which paragraph, and where in that paragraph's {@code text} (the reading's own
   * string, not a copy).
   */
  public record EntryMention(String reading, String title, int paragraph, String text, int start, int end) {
    /** The words as the reading writes them. */
    public String surface() {
      return text.substring(start, end);
    }

    /** The words before them, as {@link Mention#before} cuts them. */
    public String before() {
      return Mention.before(text, start);
    }

    /** The words after them, as {@link Mention#after} cuts them. */
    public String after() {
      return Mention.after(text, end);
    }
  }

  /** A reading related to another by the entries both mention. */
  public record Related(String reading, List<String> shared) {}
}
