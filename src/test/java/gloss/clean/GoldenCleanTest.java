package gloss.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.Gloss;
import gloss.annotate.AnnotatedReading;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden samples of scraped text: {@code src/test/resources/clean/<rule-id>-<case>/input.txt} must
 * clean to {@code expected.md}, exactly as {@code gloss clean} prints it.
 *
 * <p>The folder name says what the sample is about: a debris rule's id (the report must show that
 * rule at work, unless the case name says the line is {@code kept}), or {@code structure}, {@code
 * encoding} or {@code mixed}. After a deliberate change, {@code mvn verify -Dgolden.update=true}
 * rewrites the expected files; review every changed line with {@code git diff} before committing.
 */
class GoldenCleanTest {
  private static final Path ROOT = Path.of("src/test/resources/clean");
  private static final Set<String> TOPICS = Set.of("structure", "encoding", "mixed");

  private static List<Path> samples() throws IOException {
    try (Stream<Path> dirs = Files.list(ROOT)) {
      return dirs.filter(Files::isDirectory).sorted().toList();
    }
  }

  @Test
  void thereAreEnoughSamples() throws IOException {
    assertTrue(samples().size() >= 25, "only " + samples().size() + " golden samples");
  }

  @TestFactory
  Stream<DynamicTest> eachSampleCleansToItsExpectedMarkdown() throws IOException {
    Set<String> ruleIds = Rules.standard().describe().stream().map(Rules.Description::id).collect(Collectors.toSet());
    return samples().stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      String name = dir.getFileName().toString();
      String topic = ruleIds.stream().filter(id -> name.startsWith(id + "-")).findFirst()
          .or(() -> TOPICS.stream().filter(t -> name.startsWith(t + "-")).findFirst())
          .orElseThrow(() -> new AssertionError(name + ": name must start with a rule id or one of " + TOPICS));
      Diagnostics diagnostics = new Diagnostics();
      AnnotatedReading reading = Gloss.cleanText(dir.resolve("input.txt"), diagnostics).orElseThrow(
          () -> new AssertionError(Fixtures.messages(diagnostics)));
      assertFalse(diagnostics.hasErrors(), Fixtures.messages(diagnostics));
      Path expectedFile = dir.resolve("expected.md");
      if (Boolean.getBoolean("golden.update")) {
        Files.writeString(expectedFile, reading.markdown(), StandardCharsets.UTF_8);
      }
      assertEquals(Files.readString(expectedFile, StandardCharsets.UTF_8), reading.markdown(), name);
      if (ruleIds.contains(topic) && !name.contains("kept")) {
        assertTrue(reading.reading().report().entries().stream().anyMatch(e -> e.rule().equals(topic)),
            name + ": the report shows no work by rule " + topic);
      }
    }));
  }
}
