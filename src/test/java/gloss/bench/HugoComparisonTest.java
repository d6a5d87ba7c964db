package gloss.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Hugo comparison gives Hugo: Gloss's Markdown, its entries as Hugo's taxonomy. */
class HugoComparisonTest {
  private static final String MARKDOWN = """
      ---
      title: "Talks Resume"
      date: "2000-01-01"
      ---

      And [Ines Weiss VII](../entries/ines-weiss-vii.html)[^1] met [Boris Xu](../entries/boris-xu.html)[^2].

      Later [Ines Weiss VII](../entries/ines-weiss-vii.html) left.

      [^1]: [Ines Weiss VII](../entries/ines-weiss-vii.html): A person.
      [^2]: [Boris Xu](../entries/boris-xu.html): Another.
      """;

  @Test
  void addsEachEntryOnceInOrderAndPointsTheLinksAtHugosEntryPages() {
    String hugo = HugoComparison.hugoMarkdown(MARKDOWN);
    assertTrue(hugo.startsWith("---\ntitle: \"Talks Resume\"\ndate: \"2000-01-01\"\nentries: [\"boris-xu\", \"ines-weiss-vii\"]\n---\n"),
        hugo);
    assertTrue(hugo.contains("And [Ines Weiss VII](/entries/ines-weiss-vii/)[^1] met [Boris Xu](/entries/boris-xu/)[^2]."), hugo);
    assertTrue(hugo.contains("[^2]: [Boris Xu](/entries/boris-xu/): Another."), hugo);
    assertFalse(hugo.contains("../entries/"), hugo);
  }

  @Test
  void aReadingWithoutEntriesGetsAnEmptyList() {
    assertEquals("---\ntitle: \"A\"\nentries: []\n---\n\nText.\n", HugoComparison.hugoMarkdown("---\ntitle: \"A\"\n---\n\nText.\n"));
  }

  @Test
  void refusesMarkdownWithoutFrontMatter() {
    assertThrows(IllegalArgumentException.class, () -> HugoComparison.hugoMarkdown("Text.\n"));
  }

  @Test
  void writesASiteForEachWayWithOnlyWhatThatWayAsksOf(@TempDir Path root) throws IOException {
    Path readings = Files.createDirectories(root.resolve("readings"));
    Files.writeString(readings.resolve("talks.md"), MARKDOWN);
    Files.writeString(readings.resolve("talks.html"), "<p>not Markdown</p>");
    for (String way : new String[] {"bare", "entries", "related"}) {
      Path site = root.resolve(way);
      HugoComparison.write(readings, site, way);
      try (var files = Files.list(site.resolve("content/readings"))) {
        assertEquals(1, files.count(), way);
      }
      String config = Files.readString(site.resolve("config.toml"));
      String single = Files.readString(site.resolve("layouts/_default/single.html"));
      assertEquals(!way.equals("bare"), config.contains("entry = \"entries\""), way + ":\n" + config);
      assertEquals(way.equals("related"), config.contains("\"JSON\""), way + ":\n" + config);
      assertEquals(way.equals("related"), single.contains(".Related"), way + ":\n" + single);
      assertTrue(config.contains("buildFuture = true"), config);
    }
  }

  @Test
  void aSecondWriteLeavesUnchangedFilesAloneAndDeletesOnlyWhatIsGone(@TempDir Path root) throws IOException {
    Path readings = Files.createDirectories(root.resolve("readings"));
    Files.writeString(readings.resolve("talks.md"), MARKDOWN);
    Files.writeString(readings.resolve("gone.md"), "---\ntitle: \"Gone\"\n---\n\nText.\n");
    Files.writeString(readings.resolve("changed.md"), "---\ntitle: \"Old\"\n---\n\nText.\n");
    Path site = root.resolve("bare");
    HugoComparison.write(readings, site, "bare");
    Path talks = site.resolve("content/readings/talks.md");
    Object inode = Files.readAttributes(talks, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    Files.setLastModifiedTime(talks, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));

    Files.delete(readings.resolve("gone.md"));
    Files.writeString(readings.resolve("changed.md"), "---\ntitle: \"New\"\n---\n\nText.\n");
    HugoComparison.write(readings, site, "bare");

    assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(talks).toMillis(), "an unchanged file is not written again");
    assertEquals(inode, Files.readAttributes(talks, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
    assertFalse(Files.exists(site.resolve("content/readings/gone.md")));
    assertTrue(Files.readString(site.resolve("content/readings/changed.md")).contains("title: \"New\""));
    assertEquals(HugoComparison.hugoMarkdown(MARKDOWN), Files.readString(talks));
  }
}
