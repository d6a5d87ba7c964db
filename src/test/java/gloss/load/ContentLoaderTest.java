package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path root;

  @Test
  void aMinimalEditionLoadsWithAWarningForTheMissingSidecar() {
    Fixtures.minimalEdition(root);
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    assertEquals("A Small Edition", content.edition().orElseThrow().title());
    assertEquals(1, content.readings().size());
    assertEquals("first-reading", content.readings().get(0).id());
    assertEquals(1, content.notes().size());
    assertEquals(0, diagnostics.errorCount(), Fixtures.messages(diagnostics));
    assertTrue(Fixtures.messages(diagnostics).contains("warning: no sidecar, so no checksum"));
  }

  /** A new file whose name gives an existing reading's slug never takes that reading's id, and so its page. */
  @Test
  void theTextNamedExactlyByItsSlugKeepsTheSlug() {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/readings/First Reading.txt"), "A Newcomer\n\nIts text.\n");
    Fixtures.write(root.resolve("content/readings/first_reading.txt"), "Another\n\nIts text.\n");
    Fixtures.write(root.resolve("content/readings/first-reading-2.txt"), "A Third\n\nIts text.\n");
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    java.util.Map<String, String> ids = new java.util.TreeMap<>();
    content.readings().forEach(r -> ids.put(r.fileName(), r.id()));
    assertEquals(java.util.Map.of("first-reading.txt", "first-reading", "first-reading-2.txt", "first-reading-2",
        "First Reading.txt", "first-reading-2-2", "first_reading.txt", "first-reading-3"), ids);
    assertTrue(Fixtures.messages(diagnostics).contains("warning: another reading has the slug"
        + " \"first-reading\" (first-reading.txt keeps it); this one is \"first-reading-2-2\""), Fixtures.messages(diagnostics));
  }

  /** A sidecar that is there but malformed has its own error; "no sidecar" on top would be wrong. */
  @Test
  void aMalformedSidecarIsNotAlsoAMissingOne() {
    String messages = loadWith("content/readings/first-reading.yaml", "title: [unclosed\n");
    assertTrue(messages.contains("first-reading.yaml:"), messages);
    assertTrue(!messages.contains("no sidecar"), messages);
  }

  /** The messages of loading the minimal edition with {@code file} (under the root) holding {@code text}. */
  private String loadWith(String file, String text) {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve(file), text);
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader.load(root.resolve("content"), diagnostics);
    return Fixtures.messages(diagnostics);
  }

  @Test
  void anEditedScrapedTextFailsItsChecksum() {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"),
        "title: First\nsha256: " + "ab".repeat(32) + "\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader.load(root.resolve("content"), diagnostics);
    String message = Fixtures.messages(diagnostics);
    assertTrue(diagnostics.hasErrors(), message);
    assertTrue(message.contains("first-reading.yaml:2:"), message);
    assertTrue(message.contains("checksum") || message.contains("SHA-256"), message);
  }

  @Test
  void aSymbolicLinkOutOfTheContentFolderIsRefused() throws IOException {
    Fixtures.minimalEdition(root);
    Path outside = Fixtures.write(root.resolve("secret.txt"), "A secret outside the edition.\n");
    Files.createSymbolicLink(root.resolve("content/readings/leak.txt"), outside);
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    assertTrue(diagnostics.hasErrors());
    assertTrue(Fixtures.messages(diagnostics).contains("leak.txt"), Fixtures.messages(diagnostics));
    assertTrue(content.readings().stream().noneMatch(r -> r.text().contains("secret")));
  }

  @Test
  void malformedNoteFrontMatterIsAnErrorWithItsLine() {
    String messages = loadWith("content/notes/person/bad-note.md", "---\nname: Bad\ngloss: [unclosed\n---\nBody.\n");
    assertTrue(messages.contains("content/notes/person/bad-note.md:3: malformed YAML"), messages);
  }

  @Test
  void anUnclosedQuoteInANotesFrontMatterIsShownOnItsLineOfTheFile() {
    String messages = loadWith("content/notes/person/bad-note.md", "---\nname: Bad\ngloss: \"unclosed\nrelated: []\n---\nBody.\n");
    assertTrue(messages.contains("content/notes/person/bad-note.md:3: malformed YAML"), messages);
  }

  @Test
  void twoFilesWithTheSameSlugGetDistinctIds() {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/readings/First Reading.txt"), "Another Title Here\n\nAnother text entirely.\n");
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    assertEquals(2, content.readings().stream().map(Source::id).distinct().count());
  }

  /** A stage that shows what it saw of each reading and reports something about it. */
  private static final BiFunction<Source, Diagnostics, String> STAGE = (source, d) -> {
    d.warn(source.path(), 1, "staged " + source.id());
    return source.id() + " " + source.text().length() + " " + source.sha256();
  };

  private void readings(int count) {
    for (int i = 0; i < count; i++) {
      Fixtures.write(root.resolve("content/readings/reading-" + i + ".txt"), "Title " + i + "\n\n" + "Text ".repeat(i + 1) + "\n");
    }
  }

  /** Loading, then putting every reading through the stage, the way a rebuild in {@code serve} does. */
  private String loadedThenStaged(Diagnostics diagnostics, List<String> results, List<Source> withoutText) {
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    for (Source source : content.readings()) {
      Diagnostics local = new Diagnostics();
      results.add(STAGE.apply(source, local));
      local.all().forEach(diagnostics::add);
      withoutText.add(source.withoutText());
    }
    return content.edition().orElseThrow().title() + " " + content.notes();
  }

  @Test
  void readingsStagedAsTheyAreReadGiveWhatLoadingThenStagingGives() throws IOException {
    Fixtures.minimalEdition(root);
    readings(40);
    Files.write(root.resolve("content/readings/binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0});
    Diagnostics expectedDiagnostics = new Diagnostics();
    List<String> expected = new java.util.ArrayList<>();
    List<Source> expectedReadings = new java.util.ArrayList<>();
    String expectedRest = loadedThenStaged(expectedDiagnostics, expected, expectedReadings);

    Diagnostics diagnostics = new Diagnostics();
    AtomicInteger texts = new AtomicInteger();
    ContentLoader.Staged<String> staged = ContentLoader.load(root.resolve("content"), diagnostics, (edition, notes, n) -> {
      texts.set(n);
      return Optional.of(STAGE);
    });
    assertEquals(42, texts.get(), "every .txt file, before any is read");
    assertEquals(41, expected.size());
    assertEquals(expected, staged.results());
    assertEquals(expectedReadings, staged.content().readings());
    assertTrue(staged.content().readings().stream().allMatch(r -> r.text().isEmpty()));
    assertEquals(expectedRest, staged.content().edition().orElseThrow().title() + " " + staged.content().notes());
    assertEquals(Fixtures.messages(expectedDiagnostics), Fixtures.messages(diagnostics));
    assertTrue(Fixtures.messages(diagnostics).contains("staged reading-39"), Fixtures.messages(diagnostics));
  }

  @Test
  void readingsWhoseSlugsClashAreStagedWithTheirFinalIds() {
    Fixtures.minimalEdition(root);
    readings(3);
    Fixtures.write(root.resolve("content/readings/Reading 1.txt"), "Another Title Here\n\nAnother text entirely.\n");
    Diagnostics expectedDiagnostics = new Diagnostics();
    List<String> expected = new java.util.ArrayList<>();
    String expectedRest = loadedThenStaged(expectedDiagnostics, expected, new java.util.ArrayList<>());

    Diagnostics diagnostics = new Diagnostics();
    ContentLoader.Staged<String> staged = ContentLoader.load(root.resolve("content"), diagnostics, (e, n, t) -> Optional.of(STAGE));
    assertEquals(expected, staged.results());
    assertEquals(5, staged.results().stream().map(r -> r.split(" ")[0]).distinct().count(), staged.results().toString());
    assertEquals(expectedRest, staged.content().edition().orElseThrow().title() + " " + staged.content().notes());
    assertEquals(Fixtures.messages(expectedDiagnostics), Fixtures.messages(diagnostics));
  }

  @Test
  void withoutStagesTheReadingsAreOnlyRead() {
    Fixtures.minimalEdition(root);
    readings(3);
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader.Staged<String> staged = ContentLoader.load(root.resolve("content"), diagnostics, (e, n, t) -> Optional.empty());
    assertEquals(List.of(), staged.results());
    assertEquals(ContentLoader.load(root.resolve("content"), new Diagnostics()), staged.content());
  }
}
