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
    // each reading's mentions made side by side, then grouped in reading order; the work of a
    // reading is a method of its own, compiled as such, not a loop inside this one-off method
    // (whose on-stack compilation cost the compiler a quarter of a second)
    List<List<Edition.EntryMention>> perReading = ordered.parallelStream().map(Linker::entryMentions).toList();
    Map<String, List<Edition.EntryMention>> mentions = new HashMap<>();
    Map<String, List<String>> entriesOf = new LinkedHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      entriesOf.put(ordered.get(i).id(), group(ordered.get(i).mentions(), perReading.get(i), mentions));
    }
    // grouped in a hash map, then sorted once: a sorted map per mention costs a dozen comparisons each
    return new Edition(config, ordered, notes, new TreeMap<>(mentions), entriesOf, memo.related(ordered, entriesOf));
  }

  /** A reading's mentions as its entries' pages list them. */
  private static List<Edition.EntryMention> entryMentions(AnnotatedReading reading) {
    List<Block.Paragraph> paragraphs = reading.reading().paragraphs();
    List<Mention> found = reading.mentions();
    List<Edition.EntryMention> list = new ArrayList<>(found.size());
    String title = reading.reading().meta().title();
    for (Mention m : found) {
      list.add(new Edition.EntryMention(
          reading.id(), title, m.paragraph(), paragraphs.get(m.paragraph() - 1).text(), m.start(), m.end()));
    }
    return list;
  }

  /**
   * Adds one reading's mentions ({@code found}, made into {@code made}) to their entries' lists;
   * returns the entries it mentions, in order.
   */
  private static List<String> group(
      List<Mention> found, List<Edition.EntryMention> made, Map<String, List<Edition.EntryMention>> mentions) {
    Set<String> entries = new LinkedHashSet<>();
    for (int k = 0; k < found.size(); k++) {
      String entry = found.get(k).entry();
      entries.add(entry);
      mentions.computeIfAbsent(entry, e -> new ArrayList<>()).add(made.get(k));
    }
    return List.copyOf(entries);
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

  /**
   * Reading {@code i}'s related readings; {@code counts} is all zeros before and after. Each loop
   * is a method of its own: in one method, they had the compiler compile it four times.
   */
  private static List<Edition.Related> ranked(int i, List<String> ordered, Map<String, List<String>> entriesOf,
      Map<String, int[]> readingsOfEntry, List<Set<String>> entrySets, int[] counts, int[] touched) {
    List<String> entries = entriesOf.get(ordered.get(i));
    int seen = 0;
    for (String entry : entries) {
      seen = count(i, readingsOfEntry.get(entry), counts, touched, seen);
    }
    int[] top = new int[MAX_RELATED];
    int size = best(touched, seen, counts, top);
    List<Edition.Related> ranked = new ArrayList<>(size);
    for (int k = 0; k < size; k++) {
      Set<String> theirs = entrySets.get(top[k]);
      ranked.add(new Edition.Related(ordered.get(top[k]), entries.stream().filter(theirs::contains).toList()));
    }
    for (int t = 0; t < seen; t++) {
      counts[touched[t]] = 0;
    }
    return List.copyOf(ranked);
  }

  /**
   * Counts one shared entry for each of {@code others} but reading {@code i}, adding those seen for
   * the first time to {@code touched} after its first {@code seen}; returns how many it now holds.
   */
  private static int count(int i, int[] others, int[] counts, int[] touched, int seen) {
    int n = seen;
    for (int other : others) {
      if (other != i && counts[other]++ == 0) {
        touched[n++] = other;
      }
    }
    return n;
  }

  /** The best of the first {@code seen} readings of {@code touched} into {@code top}, best first; returns how many. */
  private static int best(int[] touched, int seen, int[] counts, int[] top) {
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
    return size;
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
