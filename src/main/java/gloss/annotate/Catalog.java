package gloss.annotate;

import gloss.diag.Diagnostics;
import gloss.load.Note;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The notes as a mention finder: every name and alias of every entry in one {@link Automaton}.
 *
 * <p>For people, the last word of the name and of each alias (the surname) is matched too, but
 * only in a reading where one of that person's full forms has already appeared; when several
 * people share a surname, it means the one named most recently. An entry's {@code exclude} phrases
 * are matched as well and, being longer, hide the names inside them.
 *
 * <p>Reports two entries that claim the same name or alias.
 */
public final class Catalog {
  private final Map<String, Note> notes;
  private final List<Pattern> patterns;
  private final Automaton automaton;

  /** What a pattern stands for: one entry's full form, candidates for a surname, or an exclusion. */
  record Pattern(String text, Optional<String> entry, List<String> surnameOf) {}

  private Catalog(Map<String, Note> notes, List<Pattern> patterns) {
    this.notes = notes;
    this.patterns = patterns;
    this.automaton = new Automaton(patterns.stream().map(Pattern::text).toList());
  }

  /** Builds the finder; duplicate aliases are reported and the later entry loses them. */
  public static Catalog of(List<Note> notes, Diagnostics diagnostics) {
    Map<String, Note> byId = new LinkedHashMap<>();
    Map<String, String> fullForms = new TreeMap<>();
    Map<String, List<String>> surnames = new TreeMap<>();
    List<String> exclusions = new ArrayList<>();
    for (Note note : notes) {
      byId.put(note.id(), note);
      List<String> forms = new ArrayList<>();
      forms.add(note.name());
      forms.addAll(note.aliases());
      for (String form : forms) {
        String previous = fullForms.putIfAbsent(form, note.id());
        if (previous != null && !previous.equals(note.id())) {
          diagnostics.error(
              note.path(), note.namesLine(),
              "alias \"" + form + "\" is also claimed by note \"" + previous
                  + "\" (add it to one entry's exclude:, or make it longer)");
        }
        if (note.kind() == Note.Kind.PERSON) {
          int space = form.lastIndexOf(' ');
          if (space > 0) {
            List<String> owners = surnames.computeIfAbsent(form.substring(space + 1), k -> new ArrayList<>());
            if (!owners.contains(note.id())) {
              owners.add(note.id());
            }
          }
        }
      }
      exclusions.addAll(note.exclude());
    }
    List<Pattern> patterns = new ArrayList<>();
    fullForms.forEach((form, id) -> patterns.add(new Pattern(form, Optional.of(id), List.of())));
    surnames.forEach((surname, owners) -> {
      if (!fullForms.containsKey(surname)) {
        patterns.add(new Pattern(surname, Optional.empty(), List.copyOf(owners)));
      }
    });
    for (String phrase : exclusions) {
      if (!fullForms.containsKey(phrase)) {
        patterns.add(new Pattern(phrase, Optional.empty(), List.of()));
      }
    }
    return new Catalog(Map.copyOf(byId), List.copyOf(patterns));
  }

  public Optional<Note> note(String id) {
    return Optional.ofNullable(notes.get(id));
  }

  /**
   * Finds the mentions in a reading's paragraphs, in order. Matching is case-sensitive, whole
   * words only, leftmost-longest.
   *
   * @return for each paragraph, its mentions in text order
   */
  public List<List<Span>> find(List<String> paragraphs) {
    Map<String, Integer> lastFullForm = new HashMap<>();
    int position = 0;
    List<List<Span>> result = new ArrayList<>();
    for (String text : paragraphs) {
      List<Span> spans = new ArrayList<>();
      for (Automaton.Match match : leftmostLongest(text, automaton.find(text))) {
        Pattern pattern = patterns.get(match.pattern());
        Optional<String> entry = pattern.entry();
        if (entry.isPresent()) {
          lastFullForm.put(entry.get(), position + match.start());
        } else if (!pattern.surnameOf().isEmpty()) {
          entry = mostRecent(pattern.surnameOf(), lastFullForm);
        }
        entry.ifPresent(id -> spans.add(new Span(id, match.start(), match.end())));
      }
      result.add(List.copyOf(spans));
      position += text.length() + 1;
    }
    return result;
  }

  private static Optional<String> mostRecent(List<String> owners, Map<String, Integer> lastFullForm) {
    String best = null;
    int bestAt = -1;
    for (String owner : owners) {
      Integer at = lastFullForm.get(owner);
      if (at != null && at > bestAt) {
        best = owner;
        bestAt = at;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whole-word matches only; among overlapping ones, the leftmost and then the longest wins. */
  private static List<Automaton.Match> leftmostLongest(String text, List<Automaton.Match> matches) {
    List<Automaton.Match> words = new ArrayList<>();
    for (Automaton.Match m : matches) {
      if (isBoundary(text, m.start() - 1) && isBoundary(text, m.end())) {
        words.add(m);
      }
    }
    words.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Automaton.Match> chosen = new ArrayList<>();
    int covered = 0;
    for (Automaton.Match m : words) {
      if (m.start() >= covered) {
        chosen.add(m);
        covered = m.end();
      }
    }
    return chosen;
  }

  private static boolean isBoundary(String text, int index) {
    if (index < 0 || index >= text.length()) {
      return true;
    }
    char c = text.charAt(index);
    return !Character.isLetterOrDigit(c) && c != '_';
  }

  /** A mention of entry {@code id} at [start, end) of one paragraph. */
  public record Span(String id, int start, int end) {}
}
