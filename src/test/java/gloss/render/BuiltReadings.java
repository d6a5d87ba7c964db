package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.BuildResult;
import gloss.Fixtures;
import gloss.Gloss;
import gloss.Project;
import gloss.annotate.AnnotatedReading;
import gloss.bench.SyntheticEdition;
import gloss.diag.Diagnostics;
import gloss.structure.Block;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Readings as the build writes them, Markdown and blocks, for the tests that render them each way. */
record BuiltReadings(String id, String markdown, List<Block> blocks) {
  /** The five readings of {@code content/}. */
  static List<BuiltReadings> edition() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(Path.of("content/readings"))) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertEquals(5, texts.size());
    List<BuiltReadings> readings = new ArrayList<>();
    for (Path text : texts) {
      AnnotatedReading r = Gloss.cleanText(text, new Diagnostics()).orElseThrow();
      readings.add(new BuiltReadings(text.toString(), r.markdown(), r.reading().blocks()));
    }
    return readings;
  }

  /** A synthetic edition of {@code count} readings written under {@code root} and checked. */
  static List<BuiltReadings> synthetic(Path root, long seed, int count) throws IOException {
    new SyntheticEdition(seed, count, 80).write(root);
    Fixtures.copyTemplates(root);
    BuildResult built = Gloss.check(Project.at(root));
    assertTrue(built.ok(), Fixtures.messages(built.diagnostics()));
    List<BuiltReadings> readings = new ArrayList<>();
    for (Page page : built.site()) {
      if (page.path().startsWith("readings/") && page.path().endsWith(".md")) {
        String id = page.path().substring("readings/".length(), page.path().length() - 3);
        AnnotatedReading r = Gloss.cleanText(root.resolve("content/readings/" + id + ".txt"), new Diagnostics()).orElseThrow();
        readings.add(new BuiltReadings(id, new String(page.bytes(), StandardCharsets.UTF_8), r.reading().blocks()));
      }
    }
    assertEquals(count, readings.size());
    return readings;
  }
}
