package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

  private static Optional<List<String>> command(List<String> vmOptions, Optional<Path> archive, int readings,
      String... args) {
    return Launcher.command(new Launcher.Start("/jdk/bin/java", vmOptions, JAR, List.of(args), archive, readings));
  }

  @Test
  void smallEditionGetsTheArchiveAndTheQuickCompilerBeforeTheUsersOwnOptions() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/opt/gloss/gloss.jsa", "-Xlog:cds*=off",
            "-XX:TieredStopAtLevel=1", "-Xmx512m", "-Dfile.encoding=UTF-8", "-Dgloss.launched=true",
            "-jar", "/opt/gloss/gloss.jar", "build", "--out", "my site")),
        command(List.of("-Xmx512m", "-Dfile.encoding=UTF-8"), Optional.of(ARCHIVE), 5, "build", "--out", "my site"));
  }

  @Test
  void largeEditionKeepsTheOptimisingCompiler() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:SharedArchiveFile=/opt/gloss/gloss.jsa", "-Xlog:cds*=off",
            "-Dgloss.launched=true", "-jar", "/opt/gloss/gloss.jar", "check")),
        command(List.of(), Optional.of(ARCHIVE), Launcher.SMALL_EDITION + 1, "check"));
  }

  @Test
  void withoutAnArchiveOnlyASmallEditionIsWorthASecondJvm() {
    assertEquals(
        Optional.of(List.of("/jdk/bin/java", "-XX:TieredStopAtLevel=1", "-Dgloss.launched=true", "-jar",
            "/opt/gloss/gloss.jar", "build")),
        command(List.of(), Optional.empty(), Launcher.SMALL_EDITION, "build"));
    assertEquals(Optional.empty(), command(List.of(), Optional.empty(), Launcher.SMALL_EDITION + 1, "build"));
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
        "-Xlog:gc", "-XX:+UnlockDiagnosticVMOptions", "-Dgloss.launched=true", "--add-opens=java.base/java.lang=ALL")) {
      assertEquals(Optional.empty(), command(List.of("-Xmx1g", option), Optional.of(ARCHIVE), 5, "build"), option);
    }
  }

  @Test
  void countsTheReadingsOfTheContentFolderTheCommandNames() throws IOException {
    Path readings = Files.createDirectories(root.resolve("content/readings"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(readings.resolve("r" + i + ".txt"), "text");
      Files.writeString(readings.resolve("r" + i + ".yaml"), "title: t");
    }
    String content = root.resolve("content").toString();
    assertEquals(3, Launcher.readings(new String[] {"build", "--content", content}));
    assertEquals(3, Launcher.readings(new String[] {"check", "--content=" + content}));
    assertEquals(0, Launcher.readings(new String[] {"build", "--content", root.resolve("nowhere").toString()}));
    assertEquals(2, Launcher.readings(new String[] {"clean", "a.txt", "b.txt"}));
  }

  @Test
  void countingStopsOnceTheEditionIsLarge() throws IOException {
    Path readings = Files.createDirectories(root.resolve("content/readings"));
    for (int i = 0; i < Launcher.SMALL_EDITION + 5; i++) {
      Files.createFile(readings.resolve(i + ".txt"));
    }
    int counted = Launcher.readings(new String[] {"build", "--content", root.resolve("content").toString()});
    assertEquals(Launcher.SMALL_EDITION + 1, counted);
    assertTrue(command(List.of(), Optional.empty(), counted, "build").isEmpty());
  }
}
