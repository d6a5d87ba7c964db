package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  private String[] project(String command) {
    return new String[] {command, "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString()};
  }

  private int build() {
    String[] base = project("build");
    String[] args = java.util.Arrays.copyOf(base, base.length + 2);
    args[base.length] = "--out";
    args[base.length + 1] = root.resolve("site").toString();
    return run(args);
  }

  @Test
  void buildWritesTheSiteAndPrintsASummary() {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    assertEquals(0, build(), err.toString());
    assertTrue(out.toString().startsWith("built 1 reading, 1 entry, "), out.toString());
    assertTrue(Files.isRegularFile(root.resolve("site/readings/first-reading.html")));
    assertTrue(err.toString().contains("warning: no sidecar"), err.toString());
  }

  @Test
  void buildTimingsNameEveryStage() throws IOException {
    new gloss.bench.SyntheticEdition(7, 60, 40).write(root); // long enough stages to show their cores
    Fixtures.copyTemplates(root);
    String[] base = project("build");
    String[] args = java.util.Arrays.copyOf(base, base.length + 3);
    args[base.length] = "--out";
    args[base.length + 1] = root.resolve("site").toString();
    args[base.length + 2] = "--timings";
    assertEquals(0, run(args), err.toString());
    for (String stage : List.of("load", "catalogue of notes", "read, clean, structure, annotate", "link", "render: readings", "render: entries",
        "replace the site")) {
      assertTrue(err.toString().lines().anyMatch(l -> l.matches("  " + java.util.regex.Pattern.quote(stage) + " +\\d+ ms( +\\d+\\.\\d cores)?")),
          stage + " missing from:\n" + err);
    }
    assertTrue(err.toString().lines().anyMatch(l -> l.matches("  render: readings +\\d+ ms +\\d+\\.\\d cores")
        || l.matches("  read, clean, structure, annotate +\\d+ ms +\\d+\\.\\d cores")), "no stage shows its cores:\n" + err);
    int processors = Runtime.getRuntime().availableProcessors();
    assertTrue(err.toString().lines().filter(l -> l.endsWith(" cores"))
        .allMatch(l -> Double.parseDouble(l.replaceAll(".* (\\d+\\.\\d) cores$", "$1")) <= processors), "more cores than there are:\n" + err);
  }

  @Test
  void aContentErrorExitsOneWithPathAndLineAndKeepsThePreviousSite() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    assertEquals(0, build());
    byte[] before = Files.readAllBytes(root.resolve("site/index.html"));
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), "title: Fine\nsoruce: AP\n");
    assertEquals(Main.CONTENT_ERROR, build());
    assertTrue(err.toString().contains("first-reading.yaml:2: unknown key \"soruce\" (did you mean \"source\"?)"),
        err.toString());
    assertFalse(err.toString().contains("Exception"), err.toString());
    assertEquals(new String(before), Files.readString(root.resolve("site/index.html")));
  }

  @Test
  void checkValidatesWithoutWriting() {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    assertEquals(0, run(project("check")), err.toString());
    assertTrue(out.toString().startsWith("checked 1 reading: 0 errors, 1 warning"), out.toString());
    assertFalse(Files.exists(root.resolve("site")));
  }

  @Test
  void checkReportsEveryProblemAtOnce() {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/edition.yaml"), "title: T\nreading_order: [no-such-reading]\n");
    Fixtures.write(root.resolve("content/notes/person/broken.md"), "no front matter\n");
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    assertTrue(err.toString().contains("edition.yaml:2:"), err.toString());
    assertTrue(err.toString().contains("broken.md:1:"), err.toString());
    assertTrue(err.toString().contains("2 errors"), err.toString());
  }

  /** Texts that could not be read are counted with the rest: "checked 1 reading" after two errors on texts misled. */
  @Test
  void checkCountsTheTextsItCouldNotRead() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/readings/empty.txt"), "");
    Files.write(root.resolve("content/readings/binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3});
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    String errors = err.toString();
    assertTrue(errors.contains("empty.txt:"), errors);
    assertTrue(errors.contains("binary.txt:"), errors);
    assertTrue(errors.lines().anyMatch(l -> l.startsWith("checked 3 readings (2 could not be read): 2 errors")), errors);
  }

  /** A template error shows with the content's (a build used to stop before rendering), once for all the pages it broke. */
  @Test
  void checkReportsTemplateErrorsWithContentErrorsEachOnce() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/edition.yaml"), "title: T\nreading_order: [no-such-reading]\n");
    Path head = root.resolve("templates/head.mustache");
    Files.writeString(head, Files.readString(head) + "{{nosuchkey}}\n");
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    String errors = err.toString();
    assertTrue(errors.contains("edition.yaml:2:"), errors);
    List<String> unknown = errors.lines().filter(l -> l.contains("unknown key \"nosuchkey\"")).toList();
    assertEquals(1, unknown.size(), errors);
    assertTrue(unknown.get(0).contains("templates/head.mustache:"), unknown.get(0));
    assertTrue(unknown.get(0).matches(".*\\(while rendering .+ and \\d+ other pages\\)$"), unknown.get(0));
    assertTrue(errors.contains("2 errors"), errors);
  }

  /** A note that cannot be read is one error, not one more wherever it is named. */
  @Test
  void anUnreadableNoteIsNotAlsoUnknownWhereItIsNamed() {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), "title: First\nkey_terms: [ada-lovelace, no-such-note]\n");
    Fixtures.write(root.resolve("content/notes/person/ada-lovelace.md"), "---\nname: [unclosed\n---\nBody.\n");
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    String errors = err.toString();
    assertTrue(errors.contains("ada-lovelace.md:"), errors);
    assertFalse(errors.contains("unknown note id \"ada-lovelace\""), errors);
    assertTrue(errors.contains("unknown note id \"no-such-note\""), "a note that is not there still is: " + errors);
    assertTrue(errors.contains("2 errors"), errors);
  }

  @Test
  void aTextInTheEditionTwiceIsAWarning() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Files.copy(root.resolve("content/readings/first-reading.txt"), root.resolve("content/readings/the-same.txt"));
    assertEquals(0, run(project("check")), err.toString());
    assertTrue(err.toString().contains("content/readings/the-same.txt: warning: the same text, byte for byte, as "), err.toString());
    assertTrue(err.toString().contains("content/readings/first-reading.txt: the edition has it twice"), err.toString());
  }

  @Test
  void aPartialThatDoesNotCompileIsReportedOnceWhereItIs() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Files.writeString(root.resolve("templates/head.mustache"), "<title>{{#open}}</title>\n");
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    List<String> failed = err.toString().lines().filter(l -> l.contains("does not compile")).toList();
    assertEquals(1, failed.size(), err.toString());
    assertTrue(failed.get(0).contains("templates/head.mustache:"), failed.get(0));
  }

  @Test
  void aMissingPartialIsReportedOnceWhereItShouldBe() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Files.delete(root.resolve("templates/foot.mustache"));
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    List<String> errors = err.toString().lines().filter(l -> l.contains("not found") || l.contains("does not compile")).toList();
    assertEquals(1, errors.size(), err.toString());
    assertTrue(errors.get(0).contains("templates/foot.mustache: template not found (a partial, included by "), errors.get(0));
    assertTrue(errors.get(0).endsWith(" other templates)"), errors.get(0));
  }

  @Test
  void aMissingTemplateIsNamedInTheTemplatesFolderGiven() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Files.move(root.resolve("templates"), root.resolve("layout"));
    Files.delete(root.resolve("layout/packet.mustache"));
    assertEquals(Main.CONTENT_ERROR, run("check", "--content", root.resolve("content").toString(),
        "--templates", root.resolve("layout").toString()));
    assertTrue(err.toString().contains("layout/packet.mustache:0: template not found")
        || err.toString().contains("layout/packet.mustache: template not found"), err.toString());
  }

  @Test
  void serveOnAPortInUseIsAUsageErrorBeforeAnyBuild() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      String[] base = project("serve");
      String[] args = java.util.Arrays.copyOf(base, base.length + 2);
      args[base.length] = "--port";
      args[base.length + 1] = Integer.toString(taken.getLocalPort());
      assertEquals(Main.USAGE_ERROR, run(args));
    }
    assertTrue(err.toString().contains("choose another with --port"), err.toString());
    assertFalse(out.toString().contains("built"), "nothing is built first: " + out);
  }

  @Test
  void cleanPrintsFrontMatterAndBody() {
    Path file = Fixtures.write(root.resolve("raw/some text.txt"),
        "A Headline Worth Keeping\n\nThe first paragraph of the article.\n\nLeave a Reply\n");
    assertEquals(0, run("clean", file.toString()), err.toString());
    assertTrue(out.toString().startsWith("---\ntitle: \"A Headline Worth Keeping\"\n"), out.toString());
    assertEquals("", err.toString(), "a loose file needs no sidecar");
    assertTrue(out.toString().contains("\n---\n\nThe first paragraph of the article.\n"), out.toString());
    assertFalse(out.toString().contains("Leave a Reply"));
  }

  @Test
  void cleanWritesOneFilePerTextWithOut() throws IOException {
    Path file = Fixtures.write(root.resolve("raw/story.txt"), "A Headline Worth Keeping\n\nThe article.\n");
    assertEquals(0, run("clean", "--out", root.resolve("md").toString(), file.toString()), err.toString());
    assertTrue(Files.readString(root.resolve("md/story.md")).contains("The article."));
  }

  @Test
  void cleanNeverWritesTwoTextsToOneFile() throws IOException {
    Path a = Fixtures.write(root.resolve("a/story.txt"), "A Title\n\nSome text.\n");
    Path b = Fixtures.write(root.resolve("b/story.txt"), "Another Title\n\nOther text.\n");
    assertEquals(Main.USAGE_ERROR, run("clean", "--out", root.resolve("md").toString(), a.toString(), b.toString()));
    assertTrue(err.toString().contains("would both be written to"), err.toString());
    assertFalse(Files.exists(root.resolve("md/story.md")), "nothing written");
    Path markdownNamed = Fixtures.write(root.resolve("b/scraped.md"), "A Title\n\nSome text.\n");
    assertEquals(Main.USAGE_ERROR, run("clean", "--out", root.resolve("b").toString(), markdownNamed.toString()));
    assertTrue(err.toString().contains("would be overwritten by its own Markdown"), err.toString());
    assertEquals("A Title\n\nSome text.\n", Files.readString(markdownNamed), "the input is as it was");
  }

  @Test
  void cleanOfAMissingOrBinaryFileExitsOne() {
    Path binary = Fixtures.write(root.resolve("raw/bin.txt"), "x\u0000y");
    assertEquals(Main.CONTENT_ERROR, run("clean", binary.toString(), root.resolve("nope.txt").toString()));
    assertTrue(err.toString().contains("bin.txt:1: binary content"), err.toString());
    assertTrue(err.toString().contains("nope.txt: no such file"), err.toString());
  }

  @Test
  void aMissingTemplatesFolderIsOneError() {
    Fixtures.minimalEdition(root);
    assertEquals(Main.CONTENT_ERROR, run(project("check")));
    assertTrue(err.toString().contains("templates: templates folder not found"), err.toString());
    assertTrue(err.toString().contains("1 error"), err.toString());
  }

  @Test
  void aFailedFirstBuildSaysNothingWasWritten() {
    Fixtures.minimalEdition(root);
    assertEquals(Main.CONTENT_ERROR, build());
    assertTrue(err.toString().contains("; nothing was written"), err.toString());
    assertFalse(Files.exists(root.resolve("site")));
  }

  /** A folder that is not an edition's content (a home folder, /) is one error, and not read through. */
  @Test
  void aFolderThatIsNoEditionsContentIsOneError() throws IOException {
    Fixtures.write(root.resolve("elsewhere/notes.txt"), "shopping list\n");
    Fixtures.write(root.resolve("elsewhere/deep/a.md"), "not a note\n");
    Fixtures.copyTemplates(root);
    assertEquals(Main.CONTENT_ERROR, run("check", "--content", root.resolve("elsewhere").toString(),
        "--templates", root.resolve("templates").toString()));
    List<String> errors = err.toString().lines().filter(l -> l.contains("elsewhere")).toList();
    assertTrue(errors.get(0).endsWith("elsewhere: not an edition's content folder: no edition.yaml, readings/ or notes/ in it"),
        err.toString());
    assertFalse(err.toString().contains("a.md"), "nothing under it is read: " + err);
    err.getBuffer().setLength(0);
    Fixtures.minimalEdition(root);
    assertEquals(Main.CONTENT_ERROR, run("check", "--content", root.resolve("content").toString(),
        "--templates", root.resolve("elsewhere").toString()));
    assertTrue(err.toString().contains("elsewhere: not a templates folder: no *.mustache in it"), err.toString());
    assertFalse(err.toString().contains("a.md"), "nothing under it is read: " + err);
    assertTrue(err.toString().contains("1 error"), err.toString());
  }

  @Test
  void anEmptyPathIsAUsageError() {
    assertEquals(Main.USAGE_ERROR, run("check", "--content", ""));
    assertTrue(err.toString().contains("--content needs a path, not an empty one"), err.toString());
    assertEquals(Main.USAGE_ERROR, run("build", "--out", " "));
    assertFalse(err.toString().contains("internal error"), err.toString());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(Main.USAGE_ERROR, run("bulid"));
    assertTrue(err.toString().contains("unknown command 'bulid' (did you mean 'build'?)"), err.toString());
    assertEquals(Main.USAGE_ERROR, run());
    assertEquals(Main.USAGE_ERROR, run("build", "--no-such-option"));
    assertEquals(Main.USAGE_ERROR, run("clean"));
  }

  @Test
  void helpAndVersion() {
    assertEquals(0, run("--version"));
    assertTrue(out.toString().startsWith("gloss "), out.toString());
    for (String command : new String[] {"build", "check", "clean", "serve", "add"}) {
      assertEquals(0, run(command, "--help"));
    }
    assertTrue(out.toString().contains("--content"));
    assertTrue(out.toString().contains("--out"));
    assertTrue(out.toString().contains("--port"));
  }
}
