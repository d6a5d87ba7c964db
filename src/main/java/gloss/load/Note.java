package gloss.load;

import gloss.text.EditionDate;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the annotation apparatus: a person, organisation, place, event, term or
 * publication, from {@code content/notes/<kind>/<id>.md}.
 *
 * @param aliases other full forms of the name, matched in the readings like the name itself
 * @param exclude phrases that contain a name or alias but must not be taken as a mention
 * @param gloss one sentence, the footnote text
 * @param related ids of related entries, each with its line for messages
 * @param body the full note in Markdown; {@code [[id]]} links another entry
 * @param bodyLine the file line where the body starts
 * @param namesLine the file line of the aliases (or of the name when there are none), for messages
 */
public record Note(
    String id,
    Kind kind,
    String name,
    List<String> aliases,
    List<String> exclude,
    String gloss,
    Optional<EditionDate> born,
    Optional<EditionDate> died,
    Optional<EditionDate> date,
    Optional<EditionDate> start,
    Optional<EditionDate> end,
    List<Ref> related,
    List<String> sources,
    String body,
    String path,
    int bodyLine,
    int namesLine) {

  /** The kinds of entry; each is a folder under {@code content/notes/}. */
  public enum Kind {
    PERSON("person", "People"),
    ORGANISATION("organisation", "Organisations"),
    PLACE("place", "Places"),
    EVENT("event", "Events"),
    TERM("term", "Terms"),
    PUBLICATION("publication", "Publications");

    private final String folder;
    private final String plural;

    Kind(String folder, String plural) {
      this.folder = folder;
      this.plural = plural;
    }

    public String folder() {
      return folder;
    }

    public String plural() {
      return plural;
    }

    /** The kind whose folder is {@code name}, if any. */
    public static Optional<Kind> ofFolder(String name) {
      for (Kind kind : values()) {
        if (kind.folder.equals(name)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** A reference to another entry, with the line it was written on. */
  public record Ref(String id, int line) {}
}
