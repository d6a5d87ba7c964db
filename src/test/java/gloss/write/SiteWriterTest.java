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
    assertEquals(List.of(out), besideTheSite());
  }

  /** What is in the folder that holds the site, sorted, but the site's index (its own tests are below). */
  private List<Path> besideTheSite() throws IOException {
    try (Stream<Path> siblings = Files.list(root)) {
      return siblings.filter(p -> !p.getFileName().toString().equals(".site.index")).sorted().toList();
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
    assertEquals(List.of(out), besideTheSite());
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
    assertEquals(List.of(elsewhere, out), besideTheSite(), "the old site is gone, what it linked to is not");
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
    assertEquals(List.of(out), besideTheSite());
  }

  @Test
  void putsBackTheOldSiteOfABuildKilledBetweenItsTwoMoves() throws IOException {
    Path out = root.resolve("site");
    Fixtures.write(root.resolve(".site.old-" + DEAD_PID + "/index.html"), "previous");
    Fixtures.write(root.resolve(".site.old-" + DEAD_PID + "/.gloss"), "m");
    Fixtures.write(root.resolve(".site.new-" + DEAD_PID + "/index.html"), "complete but never moved");
    SiteWriter.recoverFromKilledBuilds(out);
    assertEquals("previous", Files.readString(out.resolve("index.html")));
    assertEquals(List.of(out), besideTheSite());
  }

  @Test
  void leavesTheStagingFolderOfARunningBuildAlone() throws IOException {
    Path out = root.resolve("site");
    Path running = root.resolve(".site.new-" + ProcessHandle.current().parent().orElseThrow().pid());
    Fixtures.write(running.resolve("index.html"), "in progress");
    assertTrue(write(out, List.of(page(".gloss", "m")), new Diagnostics()));
    assertTrue(Files.exists(running.resolve("index.html")));
  }
  /** Every entry of {@code folder}, without following links: a file's text, "folder", or where a link points. */
  private static java.util.Map<String, String> snapshot(Path folder) throws IOException {
    java.util.Map<String, String> entries = new java.util.TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.toList()) {
        String name = folder.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          entries.put(name, "link to " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(name, "folder");
        } else {
          entries.put(name, Files.readString(p));
        }
      }
    }
    return entries;
  }

  /**
   * A previous site of many pages and some things the new one does not have (a file, a folder of
   * files, links to a file and a folder outside), for a rebuild that changes one page and adds two.
   */
  private Path previousSite(Diagnostics diagnostics) throws IOException {
    Path out = root.resolve("site");
    List<Page> pages = new java.util.ArrayList<>(List.of(page(".gloss", "m"), page("index.html", "home"),
        page("readings/edited.html", "before"), page("old/dropped.html", "dropped"), page("stale.html", "stale")));
    for (int i = 0; i < 20; i++) {
      pages.add(page("readings/r" + i + ".html", "reading " + i));
    }
    assertTrue(write(out, pages, diagnostics), Fixtures.messages(diagnostics));
    Path elsewhere = Fixtures.write(root.resolve("elsewhere/secret.txt"), "secret").getParent();
    Files.createSymbolicLink(out.resolve("folder-link"), elsewhere);
    Files.createSymbolicLink(out.resolve("readings/file-link"), elsewhere.resolve("secret.txt"));
    return out;
  }

  private static List<Page> rebuiltPages() {
    List<Page> pages = new java.util.ArrayList<>(List.of(page(".gloss", "m"), page("index.html", "home"),
        page("readings/edited.html", "after"), page("entries/new.html", "new entry"), page("entries/deep/x.html", "x")));
    for (int i = 0; i < 20; i++) {
      pages.add(page("readings/r" + i + ".html", "reading " + i));
    }
    return pages;
  }

  @Test
  void aRebuildThatChangesFewPagesMovesOnlyThoseAndLeavesTheOthersAsTheyWere() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path out = previousSite(diagnostics);
    Object unchanged = inode(out.resolve("readings/r7.html"));
    Object edited = inode(out.resolve("readings/edited.html"));
    assertTrue(write(out, rebuiltPages(), diagnostics), Fixtures.messages(diagnostics));
    assertEquals(unchanged, inode(out.resolve("readings/r7.html")), "left where it was");
    assertEquals(1, (int) Files.getAttribute(out.resolve("readings/r7.html"), "unix:nlink"), "and not linked anywhere");
    assertFalse(edited.equals(inode(out.resolve("readings/edited.html"))));
    java.util.Map<String, String> expected = new java.util.TreeMap<>();
    expected.put("", "folder");
    for (Page p : rebuiltPages()) {
      expected.put(p.path(), new String(p.bytes(), StandardCharsets.UTF_8));
    }
    expected.put("readings", "folder");
    expected.put("entries", "folder");
    expected.put("entries/deep", "folder");
    assertEquals(expected, snapshot(out), "gone: a page, a folder of pages and two links; not what they pointed to");
    assertEquals("secret", Files.readString(root.resolve("elsewhere/secret.txt")));
    assertOnlySiteAndElsewhere(out);
  }

  @Test
  void aRebuildThatChangesMostPagesReplacesTheSiteWholeAndStillKeepsTheUnchangedFiles() throws IOException {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(write(out, List.of(page(".gloss", "m"), page("a.html", "a"), page("b.html", "b"), page("c.html", "c")),
        diagnostics));
    Object unchanged = inode(out.resolve("a.html"));
    assertTrue(write(out, List.of(page(".gloss", "m"), page("a.html", "a"), page("b.html", "B"), page("c.html", "C"),
        page("d/e.html", "E")), diagnostics));
    assertEquals(unchanged, inode(out.resolve("a.html")), "linked into the new site, not written again");
    assertEquals(java.util.Map.of("", "folder", ".gloss", "m", "a.html", "a", "b.html", "B", "c.html", "C",
        "d", "folder", "d/e.html", "E"), snapshot(out));
    assertEquals(List.of(out), besideTheSite());
  }

  @Test
  void aPageInAFolderThatIsALinkToAnotherIsWrittenIntoARealFolder() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path out = root.resolve("site");
    List<Page> pages = new java.util.ArrayList<>(List.of(page(".gloss", "m"), page("readings/r.html", "same")));
    for (int i = 0; i < 5; i++) {
      pages.add(page("p" + i + ".html", "page " + i));
    }
    assertTrue(write(out, pages, diagnostics));
    Path elsewhere = Fixtures.write(root.resolve("elsewhere/r.html"), "same").getParent();
    org.apache.commons.io.file.PathUtils.deleteDirectory(out.resolve("readings"));
    Files.createSymbolicLink(out.resolve("readings"), elsewhere);
    assertTrue(write(out, pages, diagnostics), Fixtures.messages(diagnostics));
    assertTrue(Files.isDirectory(out.resolve("readings"), LinkOption.NOFOLLOW_LINKS));
    assertFalse(inode(elsewhere.resolve("r.html")).equals(inode(out.resolve("readings/r.html"))));
    assertEquals("same", Files.readString(out.resolve("readings/r.html")));
    try (Stream<Path> files = Files.list(elsewhere)) {
      assertEquals(List.of(elsewhere.resolve("r.html")), files.toList(), "what the link pointed to is left alone");
    }
    assertEquals("same", Files.readString(elsewhere.resolve("r.html")));
  }

  /** Writes {@link #rebuiltPages} over the site {@code out}, doing {@code step} before each move of the commit. */
  private boolean rebuild(Path out, Diagnostics diagnostics, InPlace.Step step) {
    SiteWriter.Staging staging = SiteWriter.open(out, List.of(root.resolve("content")), diagnostics).orElseThrow();
    rebuiltPages().forEach(staging::accept);
    return staging.commit(diagnostics, step);
  }

  /** Nothing beside the site {@code out} but the folder its links pointed into: no staging folder, journal or old site. */
  private void assertOnlySiteAndElsewhere(Path out) throws IOException {
    assertEquals(List.of(root.resolve("elsewhere"), out), besideTheSite());
  }

  /** What a test's step throws to stop a commit where a kill would. */
  private static final class Killed extends RuntimeException {}

  /** Renames this process's folders and journal beside the site as those of a build that is no longer running. */
  private void asIfKilled() throws IOException {
    String pid = String.valueOf(ProcessHandle.current().pid());
    try (Stream<Path> siblings = Files.list(root)) {
      for (Path p : siblings.toList()) {
        String name = p.getFileName().toString();
        if (name.startsWith(".site.") && name.contains(pid)) {
          Files.move(p, p.resolveSibling(name.replace(pid, DEAD_PID)));
        }
      }
    }
  }

  @Test
  void aCommitInPlaceKilledAtAnyStepIsUndoneByTheNextBuild() throws IOException {
    for (int stopAt = 0; ; stopAt++) {
      org.apache.commons.io.file.PathUtils.deleteDirectory(root);
      Files.createDirectories(root);
      Diagnostics diagnostics = new Diagnostics();
      Path out = previousSite(diagnostics);
      java.util.Map<String, String> before = snapshot(out);
      int[] steps = {0};
      int stop = stopAt;
      boolean finished;
      try {
        finished = rebuild(out, diagnostics, () -> {
          if (steps[0]++ == stop) {
            throw new Killed();
          }
        });
      } catch (Killed e) {
        finished = false;
      }
      if (finished) {
        assertTrue(stopAt > 5, "the commit has steps to stop at");
        assertFalse(diagnostics.hasErrors(), Fixtures.messages(diagnostics));
        return;
      }
      asIfKilled();
      Path journal = root.resolve(".site.commit-" + DEAD_PID);
      byte[] journalBytes = Files.exists(journal) ? Files.readAllBytes(journal) : null;
      SiteWriter.recoverFromKilledBuilds(out);
      assertEquals(before, snapshot(out), "put back after a kill at step " + stopAt);
      assertOnlySiteAndElsewhere(out);
      if (journalBytes != null) { // stopped again just before the journal went: done twice, the same
        Files.write(journal, journalBytes);
        SiteWriter.recoverFromKilledBuilds(out);
        assertEquals(before, snapshot(out), "put back twice after a kill at step " + stopAt);
      }
    }
  }

  @Test
  void aCommitInPlaceThatFailsIsUndoneAtOnce() throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Path out = previousSite(diagnostics);
    java.util.Map<String, String> before = snapshot(out);
    int[] steps = {0};
    assertFalse(rebuild(out, diagnostics, () -> {
      if (steps[0]++ == 4) {
        throw new IOException("disk full");
      }
    }));
    assertTrue(Fixtures.messages(diagnostics).contains("cannot write the site: disk full"), Fixtures.messages(diagnostics));
    assertEquals(before, snapshot(out));
    assertOnlySiteAndElsewhere(out);
  }

  @Test
  void aJournalNamingAPathOutsideTheSiteIsRefused() throws IOException {
    Path journal = root.resolve(".site.commit-" + DEAD_PID);
    Files.write(journal, "gloss in-place commit 1\0added\0../../etc/passwd\0".getBytes(StandardCharsets.UTF_8));
    IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () -> InPlace.readJournal(journal));
    assertTrue(e.getMessage().contains("not a journal Gloss wrote"), e.getMessage());
  }

  /** Writes {@code pages} as a site, waiting before the commit so that every page is older than the index. */
  private SiteWriter.Staging build(Path out, List<Page> pages, Diagnostics diagnostics) throws InterruptedException {
    SiteWriter.Staging staging = SiteWriter.open(out, List.of(root.resolve("content")), diagnostics).orElseThrow();
    pages.forEach(staging::accept);
    Thread.sleep(30); // more than a tick of the file system's clock
    assertTrue(staging.commit(diagnostics), Fixtures.messages(diagnostics));
    return staging;
  }

  private static List<Page> pages(String edited) {
    return List.of(page(".gloss", "m"), page("index.html", "home"), page("a/one.html", "one"), page("a/two.html", edited));
  }

  /**
   * A rebuild reads back no page the previous build's index vouches for, changed or not (a file
   * as the index says it is, whose checksum is not the new page's, is not the new page), and
   * still keeps every unchanged file (the same inode) and rewrites the one that changed.
   */
  @Test
  void aRebuildReadsBackNoPageTheIndexVouchesFor() throws Exception {
    Path out = root.resolve("site");
    Diagnostics diagnostics = new Diagnostics();
    assertEquals(0, build(out, pages("two"), diagnostics).compared(), "nothing to compare with");
    assertTrue(Files.isRegularFile(root.resolve(".site.index")));
    Object one = inode(out.resolve("a/one.html"));
    SiteWriter.Staging again = build(out, pages("TWO"), diagnostics);
    assertEquals(0, again.compared());
    assertEquals(one, inode(out.resolve("a/one.html")));
    assertEquals("TWO", Files.readString(out.resolve("a/two.html")));
    assertEquals(0, build(out, pages("TWO"), diagnostics).compared(), "the page written last time is vouched for too");
    assertEquals(List.of(out), besideTheSite(), "nothing else beside the site");
  }

  /**
   * A page of the site edited after the build (same size), or replaced by a copy with the old
   * time, or one the index cannot vouch for (no index, a broken one, one written in the same tick
   * as the page) is read back and compared: the index never keeps a page the site does not have.
   */
  @Test
  void aPageChangedSinceTheIndexIsComparedByteForByte() throws Exception {
    Path out = root.resolve("site");
    Path index = root.resolve(".site.index");
    Diagnostics diagnostics = new Diagnostics();
    build(out, pages("two"), diagnostics);

    Files.writeString(out.resolve("a/one.html"), "ONE"); // edited by hand, same size
    SiteWriter.Staging staging = build(out, pages("two"), diagnostics);
    assertEquals(1, staging.compared());
    assertEquals("one", Files.readString(out.resolve("a/one.html")));

    Path copy = root.resolve("copy.html"); // a copy with the old time: another inode
    Files.writeString(copy, "ONE");
    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(out.resolve("a/one.html")));
    Files.move(copy, out.resolve("a/one.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertEquals(1, build(out, pages("two"), diagnostics).compared());
    assertEquals("one", Files.readString(out.resolve("a/one.html")));

    // the index stamped in the same tick as the page written last (the others are older)
    Files.setLastModifiedTime(index, Files.getLastModifiedTime(out.resolve("a/one.html")));
    assertEquals(1, build(out, pages("two"), diagnostics).compared());

    Files.writeString(index, "not an index");
    assertEquals(4, build(out, pages("two"), diagnostics).compared());
    Files.write(index, java.util.Arrays.copyOf(Files.readAllBytes(index), 40)); // cut short
    assertEquals(4, build(out, pages("two"), diagnostics).compared());
    Files.delete(index);
    assertEquals(4, build(out, pages("two"), diagnostics).compared());
    assertEquals(0, build(out, pages("two"), diagnostics).compared());
    assertEquals("", Fixtures.messages(diagnostics));
  }

  /** The index a build was writing when it was killed is deleted by the next build; a running build's is left alone. */
  @Test
  void removesTheIndexABuildWasWritingWhenItWasKilled() throws Exception {
    Path out = root.resolve("site");
    Path stale = root.resolve(".site.index.new-" + DEAD_PID);
    Path running = root.resolve(".site.index.new-" + ProcessHandle.current().parent().orElseThrow().pid());
    Fixtures.write(stale, "half an index");
    Fixtures.write(running, "being written");
    build(out, pages("two"), new Diagnostics());
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(running));
  }
}
