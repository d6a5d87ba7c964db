package gloss.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir Path root;

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private boolean write(Path out, List<Page> pages, Diagnostics diagnostics) {
    return SiteWriter.write(pages, out, List.of(root.resolve("content")), diagnostics);
  }

  @Test
  void replacesTheWholeSiteAndLeavesNoStagingFolders() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("old.html", "old")), diagnostics));
    assertTrue(write(out, List.of(page(".gloss", "m"), page("a/new.html", "new")), diagnostics));
    assertEquals("new", Files.readString(out.resolve("a/new.html")));
    assertFalse(Files.exists(out.resolve("old.html")), "pages of the previous build are gone");
    try (Stream<Path> siblings = Files.list(root)) {
      assertEquals(List.of(out), siblings.toList());
    }
  }

  @Test
  void refusesAFolderItDidNotWrite() throws IOException {
    Path out = root.resolve("documents");
    Fixtures.write(out.resolve("thesis.txt"), "precious");
    Diagnostics diagnostics = new Diagnostics();
    assertFalse(write(out, List.of(page("index.html", "x")), diagnostics));
    assertEquals("precious", Files.readString(out.resolve("thesis.txt")));
    assertTrue(Fixtures.messages(diagnostics).contains("did not write"), Fixtures.messages(diagnostics));
  }

  @Test
  void refusesToWriteOverTheContent() {
    Diagnostics diagnostics = new Diagnostics();
    assertFalse(write(root, List.of(page("index.html", "x")), diagnostics));
    assertTrue(diagnostics.hasErrors());
  }

  @Test
  void aPageThatWouldLeaveTheSiteIsNeverWritten() {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    boolean written;
    try {
      written = write(out, List.of(page("../escaped.html", "x")), diagnostics);
    } catch (IllegalArgumentException | IllegalStateException e) {
      written = false;
    }
    assertFalse(written);
    assertFalse(Files.exists(root.resolve("escaped.html")));
  }
}
