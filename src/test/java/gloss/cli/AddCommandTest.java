package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.Gloss;
import gloss.Project;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddCommandTest {
  @TempDir Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Windows-1252 bytes and CRLF line ends: what a scraper hands over, which must arrive unchanged. */
  private static final byte[] SCRAPED = (
      "Ministers Meet Again in Vienna\r\n\r\nAda Lovelace met the delegates on Tuesday.\r\n\r\n"
          + "Leave a Reply\r\n\r\nThey agreed to meet again \u0093soon\u0094.\r\n")
      .getBytes(java.nio.charset.Charset.forName("windows-1252"));

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private Path scraped() throws Exception {
    Path file = root.resolve("inbox/007_5f3a9c.txt");
    Files.createDirectories(file.getParent());
    return Files.write(file, SCRAPED);
  }

  private String content() {
    return root.resolve("content").toString();
  }

  @Test
  void copiesTheTextByteForByteAndWritesItsSidecar() throws Exception {
    Fixtures.minimalEdition(root);
    Path file = scraped();
    assertEquals(0, run("add", file.toString(), "--content", content(), "--source", "The Daily \"Record\"",
        "--date", "2023-03-02", "--url", "https://example.org/a?b=1"), err.toString());
    Path text = root.resolve("content/readings/ministers-meet-again-in-vienna.txt");
    assertArrayEquals(SCRAPED, Files.readAllBytes(text));
    String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SCRAPED));
    assertEquals("# Added by gloss add; fill in what the text does not say itself.\n"
        + "original_name: 007_5f3a9c.txt\n"
        + "sha256: " + sha + "\n"
        + "date: 2023-03-02\n"
        + "source: \"The Daily \\\"Record\\\"\"\n"
        + "url: \"https://example.org/a?b=1\"\n",
        Files.readString(root.resolve("content/readings/ministers-meet-again-in-vienna.yaml")));
    String printed = out.toString();
    assertTrue(printed.contains("ministers-meet-again-in-vienna.txt:5: dropped [comment-box]"), printed);
    assertTrue(printed.contains("readings follow by date"), printed);
    Fixtures.copyTemplates(root);
    var check = Gloss.check(Project.at(root));
    assertTrue(check.ok(), Fixtures.messages(check.diagnostics()));
    assertEquals(2, check.readings());
  }

  @Test
  void titleNamesTheFileAndGoesInTheSidecar() throws Exception {
    Fixtures.minimalEdition(root);
    Fixtures.write(root.resolve("content/edition.yaml"), "title: T\nreading_order: [first-reading]\n");
    assertEquals(0, run("add", scraped().toString(), "--content", content(), "--title", "Vienna: Round Two"),
        err.toString());
    assertTrue(Files.readString(root.resolve("content/readings/vienna-round-two.yaml"))
        .contains("title: \"Vienna: Round Two\"\n"));
    assertTrue(out.toString().contains("add \"vienna-round-two\" to reading_order"), out.toString());
  }

  @Test
  void refusesToOverwriteAReading() throws Exception {
    Fixtures.minimalEdition(root);
    Path file = scraped();
    assertEquals(0, run("add", file.toString(), "--content", content()));
    Path existing = root.resolve("content/readings/ministers-meet-again-in-vienna.yaml");
    Files.writeString(existing, "title: Edited by hand\n");
    assertEquals(Main.CONTENT_ERROR, run("add", file.toString(), "--content", content()));
    assertTrue(err.toString().contains("ministers-meet-again-in-vienna.txt: already exists; refusing to overwrite"),
        err.toString());
    assertEquals("title: Edited by hand\n", Files.readString(existing));
  }

  @Test
  void refusesEmptyAndBinaryFilesWithPathAndLine() throws Exception {
    Fixtures.minimalEdition(root);
    Path empty = Files.write(root.resolve("inbox-empty.txt"), new byte[0]);
    Path binary = Files.write(root.resolve("inbox-binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 'x'});
    assertEquals(Main.CONTENT_ERROR, run("add", empty.toString(), "--content", content()));
    assertTrue(err.toString().contains("inbox-empty.txt:1: empty file"), err.toString());
    assertEquals(Main.CONTENT_ERROR, run("add", binary.toString(), "--content", content()));
    assertTrue(err.toString().contains("inbox-binary.txt:1: binary content"), err.toString());
    assertTrue(err.toString().contains("nothing was written"), err.toString());
    try (Stream<Path> readings = Files.list(root.resolve("content/readings"))) {
      assertEquals(1, readings.count(), "only the fixture's reading");
    }
  }

  /** A --url the build would refuse: reported against the sidecar as a build reports it, and nothing written. */
  @Test
  void aSidecarTheBuildWouldRefuseIsNeverWritten() throws Exception {
    Fixtures.minimalEdition(root);
    assertEquals(Main.CONTENT_ERROR, run("add", scraped().toString(), "--content", content(), "--url", "ftp://example.org/a"));
    assertTrue(err.toString().contains("content/readings/ministers-meet-again-in-vienna.yaml:4: \"url\" must start with"),
        err.toString());
    assertTrue(err.toString().contains("nothing was written"), err.toString());
    assertFalse(Files.exists(root.resolve("content/readings/ministers-meet-again-in-vienna.txt")));
    assertFalse(Files.exists(root.resolve("content/readings/ministers-meet-again-in-vienna.yaml")));
  }

  @Test
  void theSameTextTwiceIsRefusedWhateverItsTitle() throws Exception {
    Fixtures.minimalEdition(root);
    assertEquals(0, run("add", scraped().toString(), "--content", content()));
    assertEquals(Main.CONTENT_ERROR, run("add", scraped().toString(), "--content", content(), "--title", "Another Name"));
    assertTrue(err.toString().contains("the same text, byte for byte, is already in the edition as "), err.toString());
    assertTrue(err.toString().contains("content/readings/ministers-meet-again-in-vienna.txt\n"), err.toString());
    assertTrue(err.toString().contains("nothing was written"), err.toString());
    assertFalse(Files.exists(root.resolve("content/readings/another-name.txt")));
  }

  @Test
  void aFolderIsNotAText() throws Exception {
    Fixtures.minimalEdition(root);
    Files.createDirectories(root.resolve("inbox"));
    assertEquals(Main.CONTENT_ERROR, run("add", root.resolve("inbox").toString(), "--content", content()));
    assertTrue(err.toString().contains("inbox: a folder, not a scraped text"), err.toString());
  }

  @Test
  void aBadDateIsAUsageError() throws Exception {
    Fixtures.minimalEdition(root);
    assertEquals(Main.USAGE_ERROR, run("add", scraped().toString(), "--content", content(), "--date", "March 2023"));
    assertEquals(Main.USAGE_ERROR, run("add", scraped().toString(), "--content", content(), "--date", "2023-02-30"));
    assertTrue(err.toString().contains("a real date, not '2023-02-30'"), err.toString());
    assertEquals(Main.CONTENT_ERROR, run("add", "/dev/null", "--content", content()));
    assertTrue(err.toString().contains("/dev/null: not a regular file"), err.toString());
    assertFalse(Files.exists(root.resolve("content/readings/ministers-meet-again-in-vienna.txt")));
  }
}
