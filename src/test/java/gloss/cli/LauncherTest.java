package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the first JVM decides; {@code LauncherIT} runs the jar and watches the second JVM. */
class LauncherTest {
  private static final Path JAR = Path.of("/opt/gloss/gloss.jar");
  private static final Path ARCHIVE = Path.of("/opt/gloss/gloss.jsa");

  @TempDir Path root;

  private static Optional<List<String>> command(List<String> vmOptions, Optional<Path> archive, long textBytes,
      String... args) {
    return Launcher.command(new Launcher.Start("/jdk/bin/java", vmOptions, JAR, List.of(args), archive, textBytes, 4242));
  }

  @Test
  void smallEditionGetsTheArchiveAndTheQuickCompilerBeforeTheUsersOwnOptions() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/opt/gloss/gloss.jsa", "-Xlog:cds*=off",
            "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dgloss.launched=4242",
            "-jar", "/opt/gloss/gloss.jar", "build", "--out", "my site")),
        command(List.of("-Xmx512m", "-Dfile.encoding=UTF-8"), Optional.of(ARCHIVE), 5, "build", "--out", "my site"));
  }

  @Test
  void largeEditionKeepsTheOptimisingCompilerWithTheThroughputCollector() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/opt/gloss/gloss.jsa", "-Xlog:cds*=off",
            "-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500", "-Xms768m", "-Xmx1g", "-Dgloss.launched=4242",
            "-jar", "/opt/gloss/gloss.jar", "check")),
        command(List.of("-Xmx1g"), Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "check"));
  }

  /** A young generation bounded only when the user leaves the heap's size to the JVM (who sets it may set it small), for editions of any size. */
  @Test
  void largeEditionGetsABoundedYoungGenerationUnlessTheUserSizesTheHeap() {
    assertTrue(command(List.of(), Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow()
        .contains("-XX:MaxNewSize=320m"));
    assertTrue(command(List.of("-Xms2g"), Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow()
        .contains("-XX:MaxNewSize=320m"));
    assertFalse(command(List.of("-Xmx256m"), Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow()
        .contains("-XX:MaxNewSize=320m"));
    assertTrue(command(List.of(), Optional.of(ARCHIVE), Launcher.SMALL_TEXT, "build").orElseThrow()
        .contains("-XX:MaxNewSize=320m"), "a small edition's young generation is bounded too");
    assertFalse(command(List.of("-Xmx2g"), Optional.of(ARCHIVE), Launcher.SMALL_TEXT, "build").orElseThrow()
        .contains("-XX:MaxNewSize=320m"));
  }

  /**
   * An initial heap that holds a large edition's live set, unless the user sets one, or a maximum
   * below it (the JVM refuses an initial heap above the maximum).
   */
  @Test
  void largeEditionStartsWithAnOldGenerationItsTextsFitInUnlessTheUserSaysOtherwise() {
    for (List<String> options : List.of(List.<String>of(), List.of("-Xmx1g"), List.of("-Xmx768m"), List.of("-Xmx2G"),
        List.of("-Xmx1073741824"), List.of("-Xmx100m", "-Xmx4g"), List.of("-Dx=-Xms1m"))) {
      assertEquals(1, command(options, Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow().stream()
          .filter(o -> o.startsWith("-Xms")).count(), options.toString());
      assertTrue(command(options, Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow()
          .contains("-Xms768m"), options.toString());
    }
    for (List<String> options : List.of(List.of("-Xmx767m"), List.of("-Xmx512M"), List.of("-Xmx1024k"), List.of("-Xmx"),
        List.of("-Xmxlots"), List.of("-Xmx4g", "-Xmx256m"), List.of("-Xms2g"), List.of("-Xms64m", "-Xmx1g"))) {
      assertFalse(command(options, Optional.of(ARCHIVE), Launcher.SMALL_TEXT + 1, "build").orElseThrow()
          .contains("-Xms768m"), options.toString());
    }
    assertFalse(command(List.of(), Optional.of(ARCHIVE), Launcher.SMALL_TEXT, "build").orElseThrow()
        .contains("-Xms768m"), "a small edition keeps the JVM's own sizes");
    assertEquals(-1, Launcher.maximumHeap(List.of("-Xms1g")));
    assertEquals(3L << 30, Launcher.maximumHeap(List.of("-Xmx1g", "-Xmx3g")));
    assertEquals(512L << 10, Launcher.maximumHeap(List.of("-Xmx512K")));
    assertEquals(0, Launcher.maximumHeap(List.of("-Xmx1.5g")));
    assertEquals(Long.MAX_VALUE, Launcher.maximumHeap(List.of("-Xmx999999999999t")));
  }

  @Test
  void withoutAnArchiveTheFlagsAloneAreWorthASecondJvm() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-XX:MaxNewSize=320m", "-Dgloss.launched=4242",
            "-jar", "/opt/gloss/gloss.jar", "build")),
        command(List.of(), Optional.empty(), Launcher.SMALL_TEXT, "build"));
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500",
            "-XX:MaxNewSize=320m", "-Xms768m", "-Dgloss.launched=4242", "-jar", "/opt/gloss/gloss.jar", "build")),
        command(List.of(), Optional.empty(), Launcher.SMALL_TEXT + 1, "build"));
  }

  @Test
  void serveHelpAndVersionRunInTheFirstJvm() {
    assertEquals(Optional.empty(), command(List.of(), Optional.of(ARCHIVE), 5, "serve"));
    assertEquals(Optional.empty(), command(List.of(), Optional.of(ARCHIVE), 5, "build", "--help"));
    assertEquals(Optional.empty(), command(List.of(), Optional.of(ARCHIVE), 5, "check", "-V"));
    assertEquals(Optional.empty(), command(List.of(), Optional.of(ARCHIVE), 5, "--version"));
    assertEquals(Optional.empty(), command(List.of(), Optional.of(ARCHIVE), 5));
  }

  @Test
  void anyJvmOptionNotKnownToBeSafeKeepsTheCommandInTheFirstJvm() {
    for (String option : List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005", "-javaagent:x.jar",
        "-Xlog:gc", "-XX:+UnlockDiagnosticVMOptions", "-Dgloss.launched=4242", "--add-opens=java.base/java.lang=ALL")) {
      assertEquals(Optional.empty(), command(List.of("-Xmx1g", option), Optional.of(ARCHIVE), 5, "build"), option);
    }
  }

  @Test
  void measuresTheScrapedTextsOfTheContentFolderTheCommandNames() throws IOException {
    Path readings = Files.createDirectories(root.resolve("content/readings"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(readings.resolve("r" + i + ".txt"), "text"); // 4 bytes
      Files.writeString(readings.resolve("r" + i + ".yaml"), "title: a title");
    }
    String content = root.resolve("content").toString();
    assertEquals(12, Launcher.textBytes(new String[] {"build", "--content", content}));
    assertEquals(12, Launcher.textBytes(new String[] {"check", "--timings", "--content=" + content}));
    assertEquals(0, Launcher.textBytes(new String[] {"build", "--content", root.resolve("nowhere").toString()}));
    String text = readings.resolve("r0.txt").toString();
    assertEquals(8, Launcher.textBytes(new String[] {"clean", "--report", text, text, "missing.txt"}));
  }

  @Test
  void aSingleLargeTextKeepsTheOptimisingCompiler() throws IOException {
    Path readings = Files.createDirectories(root.resolve("content/readings"));
    Files.write(readings.resolve("huge.txt"), new byte[(int) Launcher.SMALL_TEXT + 1]);
    long bytes = Launcher.textBytes(new String[] {"build", "--content", root.resolve("content").toString()});
    assertEquals(Launcher.SMALL_TEXT + 1, bytes);
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/opt/gloss/gloss.jsa", "-Xlog:cds*=off",
            "-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500", "-XX:MaxNewSize=320m",
            "-Xms768m", "-Dgloss.launched=4242", "-jar", "/opt/gloss/gloss.jar", "build")),
        command(List.of(), Optional.of(ARCHIVE), bytes, "build"));
  }

  /**
   * The second JVM knows the first by its process id and checks that it is still its parent (a
   * process given another parent has lost the first, reaped or not).
   */
  @Test
  void theSecondJvmWatchesThatTheFirstIsStillItsParent() throws Exception {
    long parent = ProcessHandle.current().parent().orElseThrow().pid();
    assertTrue(Launcher.parentIs(parent));
    assertEquals(parent, Launcher.firstJvm("true"), "older command lines: the parent");
    assertEquals(4242, Launcher.firstJvm("4242"));
    assertTrue(!Launcher.parentIs(ProcessHandle.current().pid()), "this process is not its own parent");
  }
}
