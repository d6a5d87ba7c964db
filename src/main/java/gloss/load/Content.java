package gloss.load;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything in a content folder, read and checked: the edition's settings, the scraped texts with
 * their sidecars (sorted by file name) and the notes (sorted by id); {@code unreadableNotes} are
 * the ids of note files that are there but could not be read (each has its error), and {@code
 * texts} counts the scraped texts found, {@code readings} and those that could not be read.
 */
public record Content(
    Optional<EditionConfig> edition, List<Source> readings, List<Note> notes, Set<String> unreadableNotes, int texts) {
  public Content(Optional<EditionConfig> edition, List<Source> readings, List<Note> notes) {
    this(edition, readings, notes, Set.of(), readings.size());
  }
}
