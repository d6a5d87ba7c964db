package gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalBuildTest {
  @TempDir Path root;

  private void edition() {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/readings/second-reading.txt"),
        "Second Talks in Vienna\n\nAda Lovelace flew to Vienna. The talks were short.\n\nLeave a Reply\n");
  }

  /** The site a fresh, full build makes of the project as it is now. */
  private List<Page> fullBuild() {
    BuildResult full = Gloss.check(Project.at(root));
    assertTrue(full.ok(), Fixtures.messages(full.diagnostics()));
    return full.site();
  }

  private static void assertSameSite(List<Page> expected, List<Page> actual) {
    assertEquals(expected.stream().map(Page::path).toList(), actual.stream().map(Page::path).toList());
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals(expected.get(i).bytes(), actual.get(i).bytes(), expected.get(i).path());
    }
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void rebuildsAfterEditsGiveTheBytesOfAFullBuild() throws Exception {
    edition();
    IncrementalBuild incremental = new IncrementalBuild(Project.at(root));
    assertSameSite(fullBuild(), incremental.build().site());

    Path text = root.resolve("content/readings/first-reading.txt");
    Files.writeString(text, Files.readString(text) + "\nA new closing paragraph on Ada Lovelace.\n");
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), "sha256: " + sha256(text) + "\n");
    BuildResult afterReading = incremental.build();
    assertTrue(new String(page(afterReading, "readings/first-reading.html"), StandardCharsets.UTF_8)
        .contains("A new closing paragraph"));
    assertSameSite(fullBuild(), afterReading.site());

    Fixtures.write(root.resolve("content/notes/person/ada-lovelace.md"),
        "---\nname: Ada Lovelace\ngloss: A mathematician, edited.\n---\nShe wrote the first program.\n");
    BuildResult afterNote = incremental.build();
    assertTrue(new String(page(afterNote, "readings/second-reading.html"), StandardCharsets.UTF_8)
        .contains("A mathematician, edited."));
    assertSameSite(fullBuild(), afterNote.site());

    // a new title shows on the reading's neighbours, the entries it is quoted on and the edition pages
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"),
        "sha256: " + sha256(text) + "\ntitle: Talks Resumed at Last\n");
    BuildResult afterTitle = incremental.build();
    assertTrue(new String(page(afterTitle, "readings/second-reading.html"), StandardCharsets.UTF_8)
        .contains("Talks Resumed at Last"));
    assertTrue(new String(page(afterTitle, "entries/ada-lovelace.html"), StandardCharsets.UTF_8)
        .contains("Talks Resumed at Last"));
    assertSameSite(fullBuild(), afterTitle.site());

    Path settings = root.resolve("content/edition.yaml");
    Files.writeString(settings, Files.readString(settings) + "subtitle: Now with a subtitle\n");
    BuildResult afterSettings = incremental.build();
    assertTrue(new String(page(afterSettings, "entries/ada-lovelace.html"), StandardCharsets.UTF_8)
        .contains("A Small Edition"));
    assertSameSite(fullBuild(), afterSettings.site());

    Path reading = root.resolve("templates/reading.mustache");
    Files.writeString(reading, Files.readString(reading).replace("</main>", "<p>restyled</p></main>"));
    assertSameSite(fullBuild(), incremental.build().site());

    Files.delete(root.resolve("content/readings/second-reading.txt"));
    BuildResult afterDelete = incremental.build();
    assertFalse(afterDelete.site().stream().anyMatch(p -> p.path().contains("second-reading")));
    assertSameSite(fullBuild(), afterDelete.site());
  }

  @Test
  void aRebuildReportsTheWarningsOfUnchangedReadingsAgain() {
    edition();
    IncrementalBuild incremental = new IncrementalBuild(Project.at(root));
    String first = Fixtures.messages(incremental.build().diagnostics());
    assertTrue(first.contains("second-reading.txt: warning: no sidecar"), first);
    assertEquals(first, Fixtures.messages(incremental.build().diagnostics()));
  }

  private static byte[] page(BuildResult result, String path) {
    return result.site().stream().filter(p -> p.path().equals(path)).findFirst().orElseThrow().bytes();
  }

  @Test
  void aFailedBuildHasNoSite() throws IOException {
    edition();
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), "soruce: AP\n");
    BuildResult result = new IncrementalBuild(Project.at(root)).build();
    assertFalse(result.ok());
    assertEquals(List.of(), result.site());
  }
}
