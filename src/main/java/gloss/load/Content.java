package gloss.load;

import java.util.List;
import java.util.Optional;

/**
 * Everything in a content folder, read and checked: the edition's settings, the scraped texts with
 * their sidecars (sorted by file name) and the notes (sorted by id).
 */
public record Content(Optional<EditionConfig> edition, List<Source> readings, List<Note> notes) {}
