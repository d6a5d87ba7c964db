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
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

  private static Object inode(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  @Test
  void anUnchangedPageIsTheVeryFileOfThePreviousSiteAndAChangedOneIsWrittenAnew() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("same.html", "same"), page("edited.html", "before")),
        diagnostics));
    Object same = inode(out.resolve("same.html"));
    Object edited = inode(out.resolve("edited.html"));
    assertTrue(write(out, List.of(page(".gloss", "m"), page("same.html", "same"), page("edited.html", "after!")),
        diagnostics));
    assertEquals(same, inode(out.resolve("same.html")), "linked, not written again");
    assertFalse(edited.equals(inode(out.resolve("edited.html"))));
    assertEquals("same", Files.readString(out.resolve("same.html")));
    assertEquals("after!", Files.readString(out.resolve("edited.html")));
  }

  /** Pages longer than the pieces the previous copy is read in: one differing only in its last byte is written. */
  @Test
  void largePagesAreComparedToTheirLastByte() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    String big = "<p>page</p>\n".repeat(20_000);
    assertTrue(write(out, List.of(page(".gloss", "m"), page("same.html", big + "a"), page("edited.html", big + "a")),
        diagnostics));
    Object same = inode(out.resolve("same.html"));
    Object edited = inode(out.resolve("edited.html"));
    assertTrue(write(out, List.of(page(".gloss", "m"), page("same.html", big + "a"), page("edited.html", big + "b")),
        diagnostics));
    assertEquals(same, inode(out.resolve("same.html")), "linked, not written again");
    assertFalse(edited.equals(inode(out.resolve("edited.html"))));
    assertEquals(big + "b", Files.readString(out.resolve("edited.html")));
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteWholeEvenWhereItLinkedItsPages() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("same.html", "same")), diagnostics));
    SiteWriter.Staging staging = SiteWriter.open(out, List.of(root.resolve("content")), diagnostics).orElseThrow();
    staging.accept(page(".gloss", "m"));
    staging.accept(page("same.html", "same"));
    staging.abandon(diagnostics);
    assertEquals("same", Files.readString(out.resolve("same.html")));
    assertEquals(1, (int) Files.getAttribute(out.resolve("same.html"), "unix:nlink"), "the staging link is gone");
    try (Stream<Path> siblings = Files.list(root)) {
      assertEquals(List.of(out), siblings.toList());
    }
  }

  @Test
  void neverLinksToWhatASymbolicLinkInThePreviousSitePointsTo() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("index.html", "home")), diagnostics));
    Path outside = Fixtures.write(root.resolve("elsewhere/secret.txt"), "home");
    Files.delete(out.resolve("index.html"));
    Files.createSymbolicLink(out.resolve("index.html"), outside);
    assertTrue(write(out, List.of(page(".gloss", "m"), page("index.html", "home")), diagnostics));
    Path index = out.resolve("index.html");
    assertTrue(Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS));
    assertFalse(inode(outside).equals(inode(index)), "a copy of its own, not a link to a file outside the site");
    assertEquals("home", Files.readString(index));
  }

  @Test
  void deletesThePreviousSiteWholeButNeverWhatALinkInItPointsTo() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("a/b/c/deep.html", "deep"), page("a/top.html", "top")), diagnostics));
    Path elsewhere = root.resolve("elsewhere");
    Fixtures.write(elsewhere.resolve("keep/secret.txt"), "secret");
    Files.createSymbolicLink(out.resolve("a/b/folder-link"), elsewhere);
    Files.createSymbolicLink(out.resolve("file-link"), elsewhere.resolve("keep/secret.txt"));
    Files.createDirectories(out.resolve("a/empty"));
    assertTrue(write(out, List.of(page(".gloss", "m"), page("index.html", "new")), diagnostics), Fixtures.messages(diagnostics));
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(List.of(out, out.resolve(".gloss"), out.resolve("index.html")), files.sorted().toList());
    }
    try (Stream<Path> siblings = Files.list(root)) {
      assertEquals(List.of(elsewhere, out), siblings.sorted().toList(), "the old site is gone, what it linked to is not");
    }
    assertEquals("secret", Files.readString(elsewhere.resolve("keep/secret.txt")));
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

  /** A site inside the content (or the templates) would be read by the next build, or copied into itself. */
  @Test
  void refusesToWriteInsideWhatTheBuildReads() {
    Diagnostics diagnostics = new Diagnostics();
    assertFalse(write(root.resolve("content/assets/site"), List.of(page("index.html", "x")), diagnostics));
    assertTrue(Fixtures.messages(diagnostics).contains("refusing to write the site inside"), Fixtures.messages(diagnostics));
    assertFalse(Files.exists(root.resolve("content/assets/site")));
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

  /** A process id Linux never hands out (above its largest pid_max), so a build that cannot be running. */
  private static final String DEAD_PID = "99999999";

  @Test
  void removesTheStagingFolderOfABuildThatWasKilled() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("index.html", "first")), diagnostics));
    Path stale = root.resolve(".site.new-" + DEAD_PID);
    Fixtures.write(stale.resolve("index.html"), "half written");
    assertEquals("first", Files.readString(out.resolve("index.html")), "the killed build left the site whole");
    assertTrue(write(out, List.of(page(".gloss", "m"), page("index.html", "second")), diagnostics));
    assertEquals("second", Files.readString(out.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(root)) {
      assertEquals(List.of(out), siblings.toList());
    }
  }

  @Test
  void putsBackTheOldSiteOfABuildKilledBetweenItsTwoMoves() throws IOException {
    Path out = root.resolve("site");
    Fixtures.write(root.resolve(".site.old-" + DEAD_PID + "/index.html"), "previous");
    Fixtures.write(root.resolve(".site.old-" + DEAD_PID + "/.gloss"), "m");
    Fixtures.write(root.resolve(".site.new-" + DEAD_PID + "/index.html"), "complete but never moved");
    SiteWriter.recoverFromKilledBuilds(out);
    assertEquals("previous", Files.readString(out.resolve("index.html")));
    try (Stream<Path> siblings = Files.list(root)) {
      assertEquals(List.of(out), siblings.toList());
    }
  }

  @Test
  void leavesTheStagingFolderOfARunningBuildAlone() throws IOException {
    Path out = root.resolve("site");
    Path running = root.resolve(".site.new-" + ProcessHandle.current().parent().orElseThrow().pid());
    Fixtures.write(running.resolve("index.html"), "in progress");
    assertTrue(write(out, List.of(page(".gloss", "m")), new Diagnostics()));
    assertTrue(Files.exists(running.resolve("index.html")));
  }
}
