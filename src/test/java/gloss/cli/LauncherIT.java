package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gloss.bench.SyntheticEdition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/gloss.jar} as a user runs it: a short command runs in a second JVM
 * ({@link Launcher}) and nobody can tell but by the time it takes. Runs in {@code mvn verify} after
 * the jar and its class-data archive are packaged (Failsafe).
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/gloss.jar").toAbsolutePath();
  private static final Path ARCHIVE = Path.of("target/gloss.jsa").toAbsolutePath();

  @TempDir Path temp;

  private record Run(int exit, String stdout, String stderr) {}

  private Process start(String setting, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-Dgloss.relaunch=" + setting, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(temp.resolve("stdout-" + setting + ".txt").toFile())
        .redirectError(temp.resolve("stderr-" + setting + ".txt").toFile())
        .start();
  }

  private Run run(String setting, String... args) throws Exception {
    Process process = start(setting, args);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail("gloss " + String.join(" ", args) + " did not finish in two minutes");
    }
    return new Run(process.exitValue(),
        Files.readString(temp.resolve("stdout-" + setting + ".txt"), StandardCharsets.UTF_8),
        Files.readString(temp.resolve("stderr-" + setting + ".txt"), StandardCharsets.UTF_8));
  }

  /** What a newcomer types first: the jar and no command, which the launcher must not trip over. */
  @Test
  void noCommandIsAUsageErrorThroughTheLauncher() throws Exception {
    Run run = run("true");
    assertEquals(Main.USAGE_ERROR, run.exit(), run.stderr());
    assertTrue(run.stderr().contains("missing command"), run.stderr());
    assertFalse(run.stderr().contains("Exception"), run.stderr());
    // the hint names the program as it was run (there is no "gloss" on the path)
    assertTrue(run.stderr().contains("Try 'java -jar target/gloss.jar --help'."), run.stderr());
  }

  @Test
  void helpNamesTheJarAsItWasRun() throws Exception {
    Run run = run("true", "build", "--help");
    assertEquals(0, run.exit(), run.stderr());
    assertTrue(run.stdout().startsWith("Usage: java -jar target/gloss.jar build [OPTIONS]\n"), run.stdout());
  }

  @Test
  void packageWritesTheClassDataArchiveAfterTheJar() throws IOException {
    assertTrue(Files.isRegularFile(ARCHIVE), "mvn package should have written " + ARCHIVE);
    assertTrue(Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) >= 0,
        "the archive is older than the jar, so the launcher would not use it");
    assertTrue(Files.size(ARCHIVE) > 1_000_000, "a near-empty archive: " + Files.size(ARCHIVE) + " bytes");
  }

  @Test
  void aSmallEditionIsBuiltByASecondJvmIntoTheSameSiteAsByOne() throws Exception {
    Run two = run("show", "build", "--out", temp.resolve("two").toString());
    Run one = run("false", "build", "--out", temp.resolve("one").toString());

    assertEquals(0, two.exit(), two.stderr());
    assertTrue(two.stderr().startsWith("gloss: starting "), two.stderr());
    String started = two.stderr().lines().findFirst().orElseThrow();
    assertTrue(started.contains(" -XX:SharedArchiveFile=" + ARCHIVE + " "), started);
    assertTrue(started.contains(" -XX:TieredStopAtLevel=1 -Xmx512m "), "the user's -Xmx comes after ours: " + started);
    assertTrue(started.endsWith(" -jar " + JAR + " build --out " + temp.resolve("two")), started);
    assertTrue(started.contains(" -Dgloss.launched=" + ProcessHandle.current().pid() + " ")
        || started.matches(".* -Dgloss\\.launched=[0-9]+ -jar .*"), "the first JVM's process id: " + started);
    assertTrue(two.stdout().startsWith("built 5 readings, "), two.stdout());

    assertEquals(0, one.exit(), one.stderr());
    assertEquals("", one.stderr());
    assertSameFiles(temp.resolve("one"), temp.resolve("two"));
  }

  @Test
  void contentErrorsAndTheExitCodeComeThroughTheSecondJvmUnchanged() throws Exception {
    Path content = Files.createDirectories(temp.resolve("broken/readings"));
    Files.writeString(content.resolve("a.txt"), "A Title\n\nA paragraph of text.\n");
    Files.writeString(content.resolve("a.yaml"), "title: [unclosed\n");
    String[] args = {"check", "--content", temp.resolve("broken").toString()};
    Run two = run("show", args);
    Run one = run("false", args);

    assertEquals(Main.CONTENT_ERROR, two.exit());
    assertEquals(one.exit(), two.exit());
    assertTrue(two.stderr().startsWith("gloss: starting "), two.stderr());
    assertEquals(one.stderr(), two.stderr().substring(two.stderr().indexOf('\n') + 1));
    assertTrue(two.stderr().contains("edition.yaml not found"), two.stderr());
  }

  @Test
  void killingTheCommandStopsTheBuildAndLeavesTheSiteAsItWas() throws Exception {
    killBuild(1_000); // well into the build, which takes several seconds
    String stderr = Files.readString(temp.resolve("stderr-true.txt"), StandardCharsets.UTF_8);
    assertTrue(stderr.contains("gloss: stopped: the command that started this build has ended"), stderr);
  }

  /** Killed as soon as it has started the second JVM, before that one can watch it: the build stops all the same. */
  @Test
  void killingTheCommandAsTheSecondJvmStartsStopsTheBuildToo() throws Exception {
    killBuild(0);
  }

  /**
   * Starts a build of 600 readings over a previous site, kills the command ({@code kill -9}: no
   * shutdown hook of the first JVM runs) {@code afterMillis} after it has started the second JVM,
   * and checks that the second stops, the previous site is as it was and no staging folder is left.
   */
  private void killBuild(long afterMillis) throws Exception {
    Path root = temp.resolve("edition");
    new SyntheticEdition(7, 600, 300).write(root);
    FileUtils.copyDirectory(Path.of("templates").toFile(), root.resolve("templates").toFile());
    Path site = Files.createDirectories(temp.resolve("site"));
    Files.writeString(site.resolve(".gloss"), "generated by Gloss\n"); // so that a finished build would replace it
    Files.writeString(site.resolve("index.html"), "the previous site\n");

    Process first = start("true", "build", "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(), "--out", site.toString());
    ProcessHandle second = secondJvm(first);
    Thread.sleep(afterMillis);
    first.destroyForcibly();
    assertTrue(first.waitFor(10, TimeUnit.SECONDS));

    second.onExit().get(20, TimeUnit.SECONDS); // it notices within a second or two; a timeout fails the test
    assertFalse(second.isAlive());
    assertEquals(List.of(".gloss", "index.html"), names(site));
    assertEquals("the previous site\n", Files.readString(site.resolve("index.html")));
    assertEquals(List.of(), names(temp).stream().filter(n -> n.startsWith(".site.")).toList(),
        "the stopped build deletes its staging folder");
  }

  /** The JVM that {@code first} starts, once it has started it. */
  private static ProcessHandle secondJvm(Process first) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      Optional<ProcessHandle> child = first.children().findFirst();
      if (child.isPresent()) {
        return child.get();
      }
      assertTrue(first.isAlive(), "the first JVM ended without starting a second");
      Thread.sleep(50);
    }
    throw new AssertionError("no second JVM after ten seconds");
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static void assertSameFiles(Path expected, Path actual) throws IOException {
    List<Path> want = files(expected);
    List<Path> got = files(actual);
    assertEquals(want.stream().map(expected::relativize).toList(), got.stream().map(actual::relativize).toList());
    for (Path file : want) {
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(actual.resolve(expected.relativize(file))),
          expected.relativize(file).toString());
    }
    assertFalse(want.isEmpty());
  }

  private static List<Path> files(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
