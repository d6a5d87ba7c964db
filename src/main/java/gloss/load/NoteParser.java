package gloss.load;

import gloss.diag.Diagnostics;
import gloss.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one note file: YAML front matter between {@code ---} lines, then a Markdown body.
 *
 * <p>Reports a missing or unclosed front matter, unknown keys, a missing name or gloss, bad dates,
 * and an id (the file name) that is not a slug.
 */
final class NoteParser {
  static final Set<String> KEYS =
      Set.of(
          "name", "aliases", "exclude", "gloss", "born", "died", "date", "start", "end", "related",
          "sources");

  private NoteParser() {}

  static Optional<Note> parse(
      String text, String id, Note.Kind kind, String path, Diagnostics diagnostics) {
    if (!Slugs.isSlug(id)) {
      diagnostics.error(
          path, 0,
          "note id \"" + id + "\" must be lower-case letters, digits and hyphens (try \""
              + Slugs.slugify(id) + "\")");
      return Optional.empty();
    }
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      diagnostics.error(path, 1, "a note must start with front matter between --- lines");
      return Optional.empty();
    }
    int close = -1;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        close = i;
        break;
      }
    }
    if (close < 0) {
      diagnostics.error(path, 1, "front matter is not closed by a --- line");
      return Optional.empty();
    }
    String yaml = String.join("\n", List.of(lines).subList(1, close));
    String body = String.join("\n", List.of(lines).subList(close + 1, lines.length)).strip();
    Optional<YamlMap> parsed = YamlMap.parse(yaml, path, 1, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = parsed.get();
    map.rejectUnknownKeys(KEYS);
    Optional<String> name = map.requiredString("name");
    Optional<String> gloss = map.requiredString("gloss");
    List<String> related = map.strings("related");
    List<Integer> relatedLines = map.itemLines("related");
    List<Note.Ref> refs = new ArrayList<>();
    for (int i = 0; i < related.size(); i++) {
      refs.add(new Note.Ref(related.get(i), i < relatedLines.size() ? relatedLines.get(i) : 0));
    }
    var born = SidecarParser.date(map, "born", diagnostics);
    var died = SidecarParser.date(map, "died", diagnostics);
    var date = SidecarParser.date(map, "date", diagnostics);
    var start = SidecarParser.date(map, "start", diagnostics);
    var end = SidecarParser.date(map, "end", diagnostics);
    if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
      diagnostics.error(path, map.line("end"), "\"end\" is before \"start\"");
    }
    if (born.isPresent() && died.isPresent() && died.get().compareTo(born.get()) < 0) {
      diagnostics.error(path, map.line("died"), "\"died\" is before \"born\"");
    }
    if (name.isEmpty() || gloss.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Note(
            id, kind, name.get(), map.strings("aliases"), map.strings("exclude"), gloss.get(),
            born, died, date, start, end, List.copyOf(refs), map.strings("sources"), body, path,
            close + 2, map.has("aliases") ? map.line("aliases") : map.line("name")));
  }
}
