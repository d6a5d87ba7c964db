package gloss.bench;

import gloss.cli.SecondJvm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.io.FileUtils;

/**
 * Whole-edition builds from a cold JVM: the real five-reading edition, then synthetic editions of
 * 10, 1,000 and 10,000 readings with 2,000 notes (see {@link SyntheticEdition}), each built three times
 * by fresh {@code java} processes with {@code -Xmx1g}, timed from outside (wall time, start-up
 * included): as a user runs it, {@code java -jar target/gloss.jar build} (which may start a second
 * JVM with faster flags: {@code gloss.cli.Launcher}), into an empty folder and then again over that
 * site (a rebuild leaves the pages that did not change where they are), then once more without
 * {@code -Xmx}, exactly as the README runs it, and in one JVM that also samples its heap
 * ({@link ColdBuild}), a rebuild too, started with the flags the launcher gives a build of that
 * size ({@link SecondJvm}; the class-data archive aside, which fits only the jar). Then incremental rebuilds in a 1,000-reading edition (40 edits, so that the
 * later ones show the server once the JIT has warmed up). Editions are written under
 * {@code target/bench/} once and reused. Before each size, and at the end, it prints what touching
 * new memory costs the machine at that moment ({@link MemoryProbe}), which moves its figures more
 * than anything else.
 *
 * <p>Run with {@code mvn -q -Pbench verify -DskipTests -Dbench.main=gloss.bench.EditionBenchmark};
 * {@code -Dbench.sizes=10,1000} picks the sizes and {@code -Dbench.heap=3g} the children's heap.
 */
public final class EditionBenchmark {
  private static final int NOTES = 2_000;
  private static final long SEED = 1;
  private static final String TRASH = "trash";

  private EditionBenchmark() {}

  public static void main(String[] args) throws Exception {
    String sizes = System.getProperty("bench.sizes", "10,1000,10000");
    Path work = Path.of("target/bench").toAbsolutePath();
    Path templates = Path.of("templates").toAbsolutePath();
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + "; children run with -Xmx" + heap() + " unless said otherwise");
    if (Files.isRegularFile(Path.of("target/gloss.jar"))) {
      for (int run = 0; run < 3; run++) {
        Path out = work.resolve("five-site");
        Result r = run(List.of("-jar", "target/gloss.jar", "build", "--out", out.toString()), false);
        System.out.printf(Locale.ROOT, "five-reading edition, java -jar target/gloss.jar build: %.2f s wall (exit %d)%n",
            r.seconds(), r.exit());
      }
    }
    double thousand = 0;
    for (String size : sizes.split(",")) {
      int n = Integer.parseInt(size.trim());
      Path root = edition(work, n, templates);
      probe(String.format(Locale.ROOT, "before %,d readings", n));
      List<String> build = List.of("build", "--content", root.resolve("content").toString(),
          "--templates", root.resolve("templates").toString(), "--out", root.resolve("site").toString());
      if (Files.isRegularFile(Path.of("target/gloss.jar"))) {
        List<String> jar = new ArrayList<>(List.of("-jar", "target/gloss.jar"));
        jar.addAll(build);
        putAside(root.resolve("site"), work);
        for (String what : List.of("first build, into an empty folder", "rebuild", "rebuild without -Xmx")) {
          Result user = run(jar, false, what.endsWith("without -Xmx") ? null : heap());
          System.out.printf(Locale.ROOT, "%,6d readings, %,d notes, java -jar target/gloss.jar build, %s: %6.2f s wall (exit %d%s)%n",
              n, NOTES, what, user.seconds(), user.exit(), user.stolen());
        }
      }
      // the flags a user's build gets in its second JVM, so that the heap is that of the build they run
      List<String> flags = SecondJvm.flags(build.toArray(String[]::new), List.of("-Xmx" + heap()));
      List<String> cold = new ArrayList<>(flags);
      cold.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdBuild.class.getName()));
      cold.addAll(build);
      Result r = run(cold, true);
      System.out.printf(Locale.ROOT, "%,6d readings, %,d notes, one JVM measuring its heap: %6.2f s wall, %7.1f readings/s,"
          + " peak heap %s MB (exit %d; %s%s)%n", n, NOTES, r.seconds(), n / r.seconds(), r.peakHeapMb(), r.exit(),
          String.join(" ", flags), r.stolen());
      if (r.exit() != 0) {
        System.out.println("    (the build failed: see its output above)");
      } else if (n == 1_000) {
        thousand = r.seconds();
      } else if (n == 10_000 && thousand > 0) {
        System.out.printf(Locale.ROOT, "growth: 10,000 readings took %.1f times as long as 1,000 (target <= 11)%n",
            r.seconds() / thousand);
      }
    }
    Path incremental = work.resolve("incremental-1000");
    putAside(incremental, work);
    FileUtils.copyDirectory(edition(work, 1_000, templates).toFile(), incremental.toFile());
    putAside(incremental.resolve("site"), work);
    run(List.of("-cp", System.getProperty("java.class.path"), IncrementalRebuild.class.getName(),
        incremental.toString(), "40"), true);
    probe("at the end");
    FileUtils.deleteDirectory(work.resolve(TRASH).toFile());
  }

  /**
   * Moves {@code dir}, if it exists, into a folder deleted when the benchmark ends, so that builds
   * are not timed just after tens of thousands of files were deleted: on this machine's ext4 disk,
   * creating files cost far more system time in the minutes after many were deleted (42,000 empty
   * files: 1.1 s after seven idle minutes, 5 to 18 s after deleting as many or more), which the
   * first build of a new edition does not meet.
   */
  private static void putAside(Path dir, Path work) throws IOException {
    if (Files.exists(dir)) {
      Path trash = Files.createDirectories(work.resolve(TRASH));
      Files.move(dir, Files.createTempDirectory(trash, "old-").resolve(dir.getFileName()));
    }
  }

  /** The synthetic edition of {@code n} readings under {@code work}, written if missing. */
  static Path edition(Path work, int n, Path templates) throws IOException {
    Path root = work.resolve("edition-" + n);
    if (!Files.isRegularFile(root.resolve("complete"))) {
      FileUtils.deleteDirectory(root.toFile());
      new SyntheticEdition(SEED, n, NOTES).write(root);
      FileUtils.copyDirectory(templates.toFile(), root.resolve("templates").toFile());
      Files.writeString(root.resolve("complete"), "seed " + SEED + "\n");
    }
    return root;
  }

  /**
   * A child's wall time and exit code, the peak heap or page cost it printed, and the CPU time the
   * host took from this machine meanwhile (the {@code steal} of {@code /proc/stat}, both cores;
   * negative where the system does not say): the slow spells of a virtual machine, made visible.
   */
  record Result(double seconds, int exit, String peakHeapMb, String pageMicros, double stolenSeconds) {
    /** ", the host took N s of CPU", when it took any worth saying. */
    String stolen() {
      return stolenSeconds >= 0.05 ? String.format(Locale.ROOT, "; the host took %.2f s of CPU meanwhile", stolenSeconds) : "";
    }
  }

  /** CPU time the host has taken from this machine since it started, in seconds; -1 if unknown. */
  static double stolenSoFar() {
    try {
      String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      // cpu user nice system idle iowait irq softirq steal ...: in ticks of 1/100 s on Linux
      return cpu[0].equals("cpu") && cpu.length > 8 ? Long.parseLong(cpu[8]) / 100.0 : -1;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /** Prints what a fresh page of memory costs now ({@link MemoryProbe}). */
  static void probe(String when) throws IOException, InterruptedException {
    Result r = run(List.of("-cp", System.getProperty("java.class.path"), MemoryProbe.class.getName()), false);
    System.out.println("machine " + when + ": touching new memory took " + r.pageMicros() + " µs per 4 KB page");
  }

  private static String heap() {
    return System.getProperty("bench.heap", "1g");
  }

  /** Runs {@code java -Xmx1g ARGS}, echoing its output (all of it when {@code echo}, else errors only). */
  static Result run(List<String> args, boolean echo) throws IOException, InterruptedException {
    return run(args, echo, heap());
  }

  /** Runs {@code java -XmxHEAP ARGS}, or {@code java ARGS} (the JVM's own limit) when {@code heap} is null. */
  static Result run(List<String> args, boolean echo, String heap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (heap != null) {
      command.add("-Xmx" + heap);
    }
    command.addAll(args);
    return timed(command, echo);
  }

  /**
   * Runs {@code command}, timed from outside, echoing its output (all of it when {@code echo},
   * else all but Gloss's closing "built" line) and reading what the benchmarks' children print.
   */
  static Result timed(List<String> command, boolean echo) throws IOException, InterruptedException {
    double stolenBefore = stolenSoFar();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String peak = "?";
    String micros = "?";
    try (BufferedReader lines = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith(MemoryProbe.PREFIX)) {
          micros = line.substring(MemoryProbe.PREFIX.length());
        } else if (line.startsWith("peak-heap-mb ")) {
          peak = line.substring("peak-heap-mb ".length());
        } else if (echo || !line.startsWith("built ")) {
          System.out.println("    " + line);
        }
      }
    }
    int exit = process.waitFor();
    double seconds = (System.nanoTime() - start) / 1e9;
    double stolenAfter = stolenSoFar();
    return new Result(seconds, exit, peak, micros, stolenBefore < 0 || stolenAfter < 0 ? -1 : stolenAfter - stolenBefore);
  }
}
