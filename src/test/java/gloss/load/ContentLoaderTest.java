package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/notes/person/bad-note.md"), "---\nname: Bad\ngloss: [unclosed\n---\nBody.\n");
    Diagnostics diagnostics = new Diagnostics();
    ContentLoader.load(root.resolve("content"), diagnostics);
    assertTrue(Fixtures.messages(diagnostics).contains("content/notes/person/bad-note.md:"), Fixtures.messages(diagnostics));
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void twoFilesWithTheSameSlugGetDistinctIds() {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/readings/First Reading.txt"), "Another Title Here\n\nAnother text entirely.\n");
    Diagnostics diagnostics = new Diagnostics();
    Content content = ContentLoader.load(root.resolve("content"), diagnostics);
    assertEquals(2, content.readings().stream().map(Source::id).distinct().count());
  }
}
