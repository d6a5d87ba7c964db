package gloss.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.Gloss;
import gloss.annotate.AnnotatedReading;
import gloss.diag.Diagnostics;
import gloss.structure.Block;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverridesTest {
  private static final String TEXT = """
      Talks Resume in Vienna

      The ministers met on Monday to discuss the treaty.

      See also

      Our coverage of the treaty continues below.

      What comes next

      A second round is planned. The minister wrote:

      We will meet again when the time is right.

      Our readers' poll closes on Friday.

      Sponsored content
      """;

  @TempDir Path dir;
  private final Diagnostics diagnostics = new Diagnostics();

  private AnnotatedReading clean(String sidecar) {
    Path text = Fixtures.write(dir.resolve("talks.txt"), TEXT);
    Fixtures.write(dir.resolve("talks.yaml"), sidecar);
    return Gloss.cleanText(text, diagnostics).orElseThrow();
  }

  private static List<String> paragraphs(AnnotatedReading reading) {
    return reading.reading().paragraphs().stream().map(Block.Paragraph::text).toList();
  }

  @Test
  void keepAndDropOverruleTheRulesAndAreReported() {
    AnnotatedReading reading = clean("""
        keep:
          - Sponsored content
        drop:
          - Our readers' poll
        """);
    assertEquals("", Fixtures.messages(diagnostics));
    assertTrue(paragraphs(reading).contains("Sponsored content"));
    assertTrue(paragraphs(reading).stream().noneMatch(p -> p.startsWith("Our readers")));
    List<ReportEntry> entries = reading.reading().report().entries();
    assertTrue(entries.stream().anyMatch(e -> e.action() == ReportEntry.Action.KEPT && e.line() == 17
        && e.rule().equals("advertisement") && e.reason().contains("talks.yaml:2")), entries.toString());
    assertTrue(entries.stream().anyMatch(e -> e.action() == ReportEntry.Action.DROPPED && e.line() == 15
        && e.rule().equals("sidecar")), entries.toString());
  }

  @Test
  void headingsAndQuotesAreMarkedByTheSidecar() {
    AnnotatedReading reading = clean("""
        headings:
          - Our coverage of the treaty
        quotes:
          - first: We will meet again
            citation: The minister's letter
        """);
    assertEquals("", Fixtures.messages(diagnostics));
    List<Block> blocks = reading.reading().blocks();
    assertTrue(blocks.contains(new Block.Heading("Our coverage of the treaty continues below.", 7)), blocks.toString());
    Block.Quote quote = blocks.stream().filter(Block.Quote.class::isInstance).map(Block.Quote.class::cast)
        .findFirst().orElseThrow();
    assertEquals("We will meet again when the time is right.", quote.paragraphs().get(0).text());
    assertEquals("The minister's letter", quote.citation().orElseThrow());
    assertTrue(reading.markdown().contains("## Our coverage of the treaty continues below."), reading.markdown());
  }

  @Test
  void overridesThatNoLongerMatchAreErrorsNamingTheSidecarLine() {
    clean("""
        title: Talks
        drop:
          - Our listeners' poll
        keep:
          - Our
        headings:
          - See also
        """);
    String messages = Fixtures.messages(diagnostics);
    assertTrue(messages.contains("talks.yaml:3: drop: no line of"), messages);
    assertTrue(messages.contains("nearest is line 15: \"Our readers' poll closes on Friday.\""), messages);
    assertTrue(messages.contains("talks.yaml:5: keep: 2 lines of"), messages);
    assertTrue(messages.contains("talks.yaml:7: headings: line 5 of"), messages);
    assertTrue(messages.contains("was dropped by the cleaner"), messages);
  }

  @Test
  void aKeepThatTheCleanerDoesNotNeedIsAWarning() {
    clean("keep:\n  - The ministers met\n");
    assertEquals(0, diagnostics.errorCount());
    assertTrue(Fixtures.messages(diagnostics).contains("talks.yaml:2: warning: keep: line 3"), Fixtures.messages(diagnostics));
  }
}
