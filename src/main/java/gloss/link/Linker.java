package gloss.link;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Mention;
import gloss.diag.Diagnostics;
import gloss.load.EditionConfig;
import gloss.load.Note;
import gloss.load.Sidecar;
import gloss.structure.Block;
import gloss.text.EditionDate;
import gloss.text.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Stage 5, link: all annotated readings to one {@link Edition}.
 *
 * <p>Puts the readings in reading order (those listed in {@code edition.yaml}, then the rest by
 * sidecar order, date and file name), and builds the cross-reference index from an inverted index
 * of mentions, never by comparing every pair of readings.
 *
 * <p>Reports unknown and repeated ids in the reading order, unknown ids in notes' {@code related}
 * and {@code [[id]]} links, and warns when a sidecar's order disagrees with the edition's.
 */
public final class Linker {
  /** How many related readings a reading page shows. */
  static final int MAX_RELATED = 5;

  private Linker() {}

  /**
   * The related readings of the last link, kept by a preview server: a rebuild whose readings, in
   * the same order, mention the same entries (an edit of the wording, most often) has the same
   * related readings, and does not rank them again.
   */
  public static final class Memo {
    private List<String> order = List.of();
    private Map<String, List<String>> entriesOf = Map.of();
    private Map<String, List<Edition.Related>> related = Map.of();

    synchronized Map<String, List<Edition.Related>> related(
        List<AnnotatedReading> ordered, Map<String, List<String>> entries) {
      List<String> ids = ordered.stream().map(AnnotatedReading::id).toList();
      if (!ids.equals(order) || !entries.equals(entriesOf)) {
        order = ids;
        entriesOf = entries;
        related = Linker.related(ids, entries);
      }
      return related;
    }
  }

  public static Edition link(
      EditionConfig config, List<AnnotatedReading> readings, List<Note> notes, Diagnostics diagnostics) {
    return link(config, readings, notes, new Memo(), diagnostics);
  }

  /** As {@link #link(EditionConfig, List, List, Diagnostics)}, reusing what {@code memo} kept if it still holds. */
  public static Edition link(
      EditionConfig config, List<AnnotatedReading> readings, List<Note> notes, Memo memo, Diagnostics diagnostics) {
    List<AnnotatedReading> ordered = order(config, readings, diagnostics);
    checkNoteReferences(notes, diagnostics);
    checkKeyTerms(readings, notes, diagnostics);
    checkSameTexts(readings, diagnostics);
    Map<String, List<Edition.EntryMention>> mentions = new HashMap<>();
    Map<String, List<String>> entriesOf = new LinkedHashMap<>();
    for (AnnotatedReading reading : ordered) {
      List<Block.Paragraph> paragraphs = reading.reading().paragraphs();
      Set<String> entries = new LinkedHashSet<>();
      for (Mention m : reading.mentions()) {
        entries.add(m.entry());
        mentions.computeIfAbsent(m.entry(), k -> new ArrayList<>())
            .add(new Edition.EntryMention(reading.id(), m.paragraph(), paragraphs.get(m.paragraph() - 1).text(),
                m.start(), m.end()));
      }
      entriesOf.put(reading.id(), List.copyOf(entries));
    }
    // grouped in a hash map, then sorted once: a sorted map per mention costs a dozen comparisons each
    return new Edition(config, ordered, notes, new TreeMap<>(mentions), entriesOf, memo.related(ordered, entriesOf));
  }

  /**
   * Related readings from the inverted index entry -> readings, ranked by shared entries, then by
   * reading order. Readings are numbered by their place in the reading order, so counting shared
   * entries is array work, and the best few are selected, not sorted out of every reading that
   * shares an entry (in a large edition, most of them).
   */
  static Map<String, List<Edition.Related>> related(List<String> ordered, Map<String, List<String>> entriesOf) {
    int n = ordered.size();
    Map<String, List<Integer>> readingsOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      for (String e : entriesOf.get(ordered.get(i))) {
        readingsOf.computeIfAbsent(e, k -> new ArrayList<>()).add(i);
      }
    }
    Map<String, int[]> readingsOfEntry = new HashMap<>();
    readingsOf.forEach((e, list) -> readingsOfEntry.put(e, list.stream().mapToInt(Integer::intValue).toArray()));
    List<Set<String>> entrySets = new ArrayList<>(n);
    for (String reading : ordered) {
      entrySets.add(new HashSet<>(entriesOf.get(reading)));
    }
    // ranked in parallel, a block of readings at a time, each block with counters of its own (at
    // most some thirty blocks, as each block's counters are as long as the edition)
    int block = Math.max(256, n / 32 + 1);
    List<List<Edition.Related>> ranked = IntStream.range(0, (n + block - 1) / block).parallel()
        .mapToObj(b -> {
          int[] counts = new int[n];
          int[] touched = new int[n];
          List<List<Edition.Related>> lists = new ArrayList<>();
          for (int i = b * block; i < Math.min(n, (b + 1) * block); i++) {
            lists.add(ranked(i, ordered, entriesOf, readingsOfEntry, entrySets, counts, touched));
          }
          return lists;
        })
        .flatMap(List::stream)
        .toList();
    Map<String, List<Edition.Related>> related = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      related.put(ordered.get(i), ranked.get(i));
    }
    return related;
  }

  /** Reading {@code i}'s related readings; {@code counts} is all zeros before and after. */
  private static List<Edition.Related> ranked(int i, List<String> ordered, Map<String, List<String>> entriesOf,
      Map<String, int[]> readingsOfEntry, List<Set<String>> entrySets, int[] counts, int[] touched) {
    List<String> entries = entriesOf.get(ordered.get(i));
    int seen = 0;
    for (String entry : entries) {
      for (int other : readingsOfEntry.get(entry)) {
        if (other != i && counts[other]++ == 0) {
          touched[seen++] = other;
        }
      }
    }
    int[] top = new int[MAX_RELATED];
    int size = 0;
    for (int t = 0; t < seen; t++) {
      int candidate = touched[t];
      if (size == MAX_RELATED && !better(candidate, top[size - 1], counts)) {
        continue;
      }
      int at = size < MAX_RELATED ? size++ : size - 1;
      while (at > 0 && better(candidate, top[at - 1], counts)) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = candidate;
    }
    List<Edition.Related> ranked = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      String other = ordered.get(top[k]);
      Set<String> theirs = entrySets.get(top[k]);
      ranked.add(new Edition.Related(other, entries.stream().filter(theirs::contains).toList()));
    }
    for (int t = 0; t < seen; t++) {
      counts[touched[t]] = 0;
    }
    return List.copyOf(ranked);
  }

  /** Whether reading {@code a} ranks above {@code b}: more shared entries, then earlier. */
  private static boolean better(int a, int b, int[] counts) {
    return counts[a] != counts[b] ? counts[a] > counts[b] : a < b;
  }

  private static List<AnnotatedReading> order(
      EditionConfig config, List<AnnotatedReading> readings, Diagnostics diagnostics) {
    Map<String, AnnotatedReading> byId = new LinkedHashMap<>();
    readings.forEach(r -> byId.put(r.id(), r));
    List<AnnotatedReading> ordered = new ArrayList<>();
    Set<String> listed = new LinkedHashSet<>();
    for (Note.Ref ref : config.readingOrder()) {
      AnnotatedReading reading = byId.get(ref.id());
      if (reading == null) {
        String hint = Suggestions.nearest(ref.id(), byId.keySet()).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
        diagnostics.error(config.path(), ref.line(), "unknown reading \"" + ref.id() + "\" in reading_order" + hint);
      } else if (!listed.add(ref.id())) {
        diagnostics.error(config.path(), ref.line(), "reading \"" + ref.id() + "\" is listed twice in reading_order");
      } else {
        ordered.add(reading);
        Sidecar sidecar = reading.reading().source().sidecar();
        if (sidecar.order().isPresent() && sidecar.order().get() != ordered.size()) {
          diagnostics.warn(
              sidecar.path(), sidecar.line("order"),
              "order " + sidecar.order().get() + " disagrees with edition.yaml, which puts this reading at "
                  + ordered.size() + "; edition.yaml wins");
        }
      }
    }
    List<AnnotatedReading> rest = new ArrayList<>();
    for (AnnotatedReading reading : readings) {
      if (!listed.contains(reading.id())) {
        rest.add(reading);
      }
    }
    rest.sort(Comparator.comparing((AnnotatedReading r) -> r.reading().source().sidecar().order().orElse(Integer.MAX_VALUE))
        .thenComparing(r -> r.reading().meta().date().orElse(new EditionDate(9999, 12, 31)))
        .thenComparing(r -> r.reading().source().fileName()));
    ordered.addAll(rest);
    return List.copyOf(ordered);
  }

  private static void checkKeyTerms(List<AnnotatedReading> readings, List<Note> notes, Diagnostics diagnostics) {
    Set<String> ids = new LinkedHashSet<>();
    notes.forEach(n -> ids.add(n.id()));
    for (AnnotatedReading reading : readings) {
      var sidecar = reading.reading().source().sidecar();
      for (Note.Ref ref : sidecar.keyTerms()) {
        if (!ids.contains(ref.id())) {
          diagnostics.error(sidecar.path(), ref.line(), "unknown note id \"" + ref.id() + "\" in key_terms" + hint(ref.id(), ids));
        }
      }
    }
  }

  /** A text that is in the edition twice (the same bytes under two names): a warning on each later copy. */
  private static void checkSameTexts(List<AnnotatedReading> readings, Diagnostics diagnostics) {
    Map<String, String> firstBySha = new HashMap<>();
    List<AnnotatedReading> byPath = new ArrayList<>(readings);
    byPath.sort(Comparator.comparing(r -> r.reading().source().path()));
    for (AnnotatedReading reading : byPath) {
      var source = reading.reading().source();
      String first = firstBySha.putIfAbsent(source.sha256(), source.path());
      if (first != null) {
        diagnostics.warn(source.path(), 0, "the same text, byte for byte, as " + first + ": the edition has it twice");
      }
    }
  }

  private static void checkNoteReferences(List<Note> notes, Diagnostics diagnostics) {
    Set<String> ids = new LinkedHashSet<>();
    notes.forEach(n -> ids.add(n.id()));
    for (Note note : notes) {
      for (Note.Ref ref : note.related()) {
        if (!ids.contains(ref.id())) {
          diagnostics.error(note.path(), ref.line(), "unknown note id \"" + ref.id() + "\" in related" + hint(ref.id(), ids));
        }
      }
      String[] lines = note.body().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (String id : EntryLinks.ids(lines[i])) {
          if (!ids.contains(id)) {
            diagnostics.error(note.path(), note.bodyLine() + i, "unknown note id \"" + id + "\" in [[" + id + "]]" + hint(id, ids));
          }
        }
      }
    }
  }

  private static String hint(String id, Set<String> ids) {
    return Suggestions.nearest(id, ids).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
  }
}
