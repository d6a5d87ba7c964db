package gloss.bench;

import gloss.annotate.Catalog;
import gloss.diag.Diagnostics;
import gloss.load.Note;
import gloss.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Mention finding at scale: a catalogue of 10,000 entries (people, so the surname rule is at work)
 * over 10 MB of text; the target on the 2-core machine is under 2 s, automaton included. Run with
 * {@code mvn -q -Pbench verify -DskipTests -Dbench.main=gloss.bench.MentionBenchmark}.
 */
public final class MentionBenchmark {
  private MentionBenchmark() {}

  public static void main(String[] args) {
    List<String> names = Synthetic.names(10_000);
    List<Note> notes = new ArrayList<>();
    for (String name : names) {
      notes.add(new Note(Slugs.slugify(name), Note.Kind.PERSON, name, List.of(), List.of(), "A person.",
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
          List.of(), "", "notes/person/" + Slugs.slugify(name) + ".md", 1, 1));
    }
    Synthetic synthetic = new Synthetic(7, names);
    List<List<String>> readings = new ArrayList<>();
    long chars = 0;
    while (chars < 10L * 1024 * 1024) {
      List<String> paragraphs = List.of(synthetic.article(1_000).split("\n\n"));
      readings.add(paragraphs);
      chars += paragraphs.stream().mapToInt(String::length).sum();
    }
    for (int round = 0; round < 4; round++) {
      long start = System.nanoTime();
      Diagnostics diagnostics = new Diagnostics();
      Catalog catalog = Catalog.of(notes, diagnostics);
      long built = System.nanoTime();
      long mentions = readings.parallelStream()
          .mapToLong(r -> catalog.find(r).stream().mapToLong(List::size).sum()).sum();
      long end = System.nanoTime();
      System.out.printf(Locale.ROOT,
          "mentions: %,d entries, %.1f MB in %,d readings: automaton %.3f s, finding %.3f s, total %.3f s, %,d mentions%s%n",
          notes.size(), chars / (1024.0 * 1024.0), readings.size(), (built - start) / 1e9, (end - built) / 1e9,
          (end - start) / 1e9, mentions, round == 0 ? " (cold)" : "");
      if (diagnostics.hasErrors()) {
        throw new IllegalStateException("catalogue errors");
      }
    }
  }
}
