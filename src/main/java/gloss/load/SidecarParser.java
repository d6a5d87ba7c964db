package gloss.load;

import gloss.diag.Diagnostics;
import gloss.text.EditionDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a reading's sidecar; reports unknown keys, wrong types and bad dates by line. */
final class SidecarParser {
  static final Set<String> KEYS =
      Set.of(
          "title", "title_note", "date", "date_note", "source", "author", "url", "original_name",
          "sha256", "order", "summary", "advisory", "notes", "keep", "drop", "headings", "quotes",
          "questions", "key_terms");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern URL = Pattern.compile("(?i)https?://\\S+");
  private static final Set<String> QUOTE_KEYS = Set.of("first", "last", "citation");
  private static final Set<String> NOTE_KEYS =
      Set.of("quote", "prefix", "suffix", "occurrence", "kind", "note", "entry");

  private SidecarParser() {}

  static Sidecar parse(String yaml, String path, Diagnostics diagnostics) {
    Optional<YamlMap> parsed = YamlMap.parse(yaml, path, 0, diagnostics);
    if (parsed.isEmpty()) {
      return Sidecar.absent(path);
    }
    YamlMap map = parsed.get();
    map.rejectUnknownKeys(KEYS);
    Map<String, Integer> lines = new HashMap<>();
    for (String key : KEYS) {
      if (map.has(key)) {
        lines.put(key, map.line(key));
      }
    }
    Optional<String> sha = map.string("sha256").map(s -> s.toLowerCase(Locale.ROOT));
    if (sha.isPresent() && !SHA256.matcher(sha.get()).matches()) {
      diagnostics.error(path, map.line("sha256"), "\"sha256\" must be 64 hexadecimal digits");
      sha = Optional.empty();
    }
    Optional<String> url = map.string("url");
    if (url.isPresent() && !URL.matcher(url.get()).matches()) {
      diagnostics.error(path, map.line("url"), "\"url\" must start with http:// or https://");
      url = Optional.empty();
    }
    Optional<Integer> order = map.integer("order");
    if (order.isPresent() && order.get() < 1) {
      diagnostics.error(path, map.line("order"), "\"order\" must be 1 or more");
      order = Optional.empty();
    }
    return new Sidecar(
        path,
        true,
        map.string("title"),
        map.string("title_note"),
        date(map, "date", diagnostics),
        map.string("date_note"),
        map.string("source"),
        map.string("author"),
        url,
        map.string("original_name"),
        sha,
        order,
        map.string("summary"),
        map.string("advisory"),
        passageNotes(map, diagnostics),
        new Overrides(
            lineRefs(map, "keep"), lineRefs(map, "drop"), lineRefs(map, "headings"), quoteRefs(map)),
        map.strings("questions"),
        refs(map, "key_terms"),
        Map.copyOf(lines));
  }

  /** A date key in {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} form. */
  static Optional<EditionDate> date(YamlMap map, String key, Diagnostics diagnostics) {
    Optional<String> text = map.string(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<EditionDate> date = EditionDate.parse(text.get());
    if (date.isEmpty()) {
      diagnostics.error(
          map.path(), map.line(key),
          "\"" + key + "\" must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, not \""
              + text.get() + "\"");
    }
    return date;
  }

  private static List<PassageNote> passageNotes(YamlMap map, Diagnostics diagnostics) {
    List<PassageNote> notes = new ArrayList<>();
    for (YamlMap item : map.maps("notes")) {
      item.rejectUnknownKeys(NOTE_KEYS);
      Optional<String> quote = item.requiredString("quote");
      Optional<String> body = item.requiredString("note");
      String kindText = item.string("kind").orElse("editorial");
      Optional<PassageNote.Kind> kind = kind(kindText);
      if (kind.isEmpty()) {
        diagnostics.error(
            map.path(), item.line("kind"),
            "unknown note kind \"" + kindText
                + "\" (use editorial, context, correction or translation)");
      }
      int occurrence = item.integer("occurrence").orElse(0);
      if (occurrence < 0) {
        diagnostics.error(map.path(), item.line("occurrence"), "\"occurrence\" must be 1 or more");
      }
      if (quote.isPresent() && body.isPresent() && kind.isPresent()) {
        notes.add(
            new PassageNote(
                quote.get(),
                item.string("prefix").orElse(""),
                item.string("suffix").orElse(""),
                Math.max(0, occurrence),
                kind.get(),
                body.get(),
                item.string("entry").orElse(""),
                item.line()));
      }
    }
    return List.copyOf(notes);
  }

  private static List<Overrides.LineRef> lineRefs(YamlMap map, String key) {
    List<String> texts = map.strings(key);
    List<Integer> lines = map.itemLines(key);
    List<Overrides.LineRef> refs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      refs.add(new Overrides.LineRef(texts.get(i).strip(), lines.get(i)));
    }
    return refs;
  }

  private static List<Overrides.QuoteRef> quoteRefs(YamlMap map) {
    List<Overrides.QuoteRef> quotes = new ArrayList<>();
    for (YamlMap item : map.maps("quotes")) {
      item.rejectUnknownKeys(QUOTE_KEYS);
      item.requiredString("first").ifPresent(first -> quotes.add(new Overrides.QuoteRef(
          new Overrides.LineRef(first.strip(), item.line("first")),
          item.string("last").map(last -> new Overrides.LineRef(last.strip(), item.line("last"))),
          item.string("citation"))));
    }
    return quotes;
  }

  static List<Note.Ref> refs(YamlMap map, String key) {
    List<String> ids = map.strings(key);
    List<Integer> lines = map.itemLines(key);
    List<Note.Ref> refs = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      refs.add(new Note.Ref(ids.get(i), lines.get(i)));
    }
    return refs;
  }

  private static Optional<PassageNote.Kind> kind(String text) {
    for (PassageNote.Kind kind : PassageNote.Kind.values()) {
      if (kind.label().equals(text)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
