package gloss.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short command ({@code build}, {@code check}, {@code clean}, {@code add}) of {@code java
 * -jar gloss.jar} in a second JVM started with the flags that make a short run fast, which a jar
 * cannot give the JVM that opens it.
 *
 * <p>Flags only where they pay (figures in the README):
 *
 * <ul>
 *   <li>{@code -XX:SharedArchiveFile=gloss.jsa}: the class-data archive that {@code mvn package}
 *       writes beside the jar after a training build of the edition; the JVM maps some 2,000
 *       classes, already parsed and verified, instead of loading them from the jar. Used only when
 *       it is newer than the jar; one the JVM rejects (another JDK, a moved jar) is ignored
 *       silently.
 *   <li>{@code -XX:TieredStopAtLevel=1}: only the quick JIT compiler. On two cores the optimising
 *       one takes more time from the build than it saves until editions of some 5,000
 *       news-length readings, so more text than {@value #SMALL_TEXT} bytes keeps it.
 *   <li>for more text than that, {@link #LARGE}: the throughput collector and less inlining.
 * </ul>
 *
 * <p>The second JVM gets the same arguments, options such as {@code -Xmx} given to the first, the
 * same standard streams and working folder; its exit code is the command's. It stops if the first
 * ends (Ctrl-C, {@code kill}), so killing the command kills the build. Nothing is relaunched when
 * the JVM was given any option not known to be safe to pass on (an agent, a debugger, logging),
 * when {@code JAVA_TOOL_OPTIONS} or {@code JDK_JAVA_OPTIONS} is set, when running from classes
 * rather than the jar, or with {@code -Dgloss.relaunch=false}; {@code -Dgloss.relaunch=show}
 * prints the second JVM's command line.
 */
final class Launcher {
  /**
   * Commands on up to this many bytes of scraped text get only the quick JIT compiler. Readings of
   * 800 to 1,500 words, built with it and with {@link #LARGE} (rebuilds, alternating, 2 cores):
   * 1,000 (7.6 MB) 3.6 s against 5.5 s; 2,500 (19 MB) 6.1–7.4 s against 7.5–9.7 s; 5,000 (38 MB)
   * 12.4–14.0 s against 11.6–13.3 s, a tie; 10,000 (76 MB) 27.6 s against 18.7 s.
   */
  static final long SMALL_TEXT = 30_000_000;
  /**
   * Flags for more text than {@link #SMALL_TEXT}: the throughput collector (the live heap of a
   * 10,000-reading build is some 300 MB, and G1's concurrent marking and write barriers cost more
   * than its short pauses save a batch job), and less inlined into each method the optimising
   * compiler compiles (a hot method up to 50 bytecodes instead of 325, one already compiled up to
   * 500 bytes of machine code instead of 2,500): with the JVM's limits it spent 15 to 20 s of CPU
   * on some 1,100 methods of such a build, the largest (the annotator's loop, a reading's view)
   * 0.2 to 0.5 s each. Measured alternating, rebuilds: 10,000 readings 12.6–14.8 s without the
   * inlining limits, 10.8–11.4 s with them; 5,000 readings 10.2–10.7 s against 8.1–8.9 s. A higher
   * compile threshold ({@code -XX:CompileThresholdScaling=3}, which paid before the limits) no
   * longer does: 8.8–10.5 s against 8.4–9.5 s without it (six rounds, fifth session).
   */
  static final List<String> LARGE = List.of("-XX:+UseParallelGC", "-XX:FreqInlineSize=50", "-XX:InlineSmallCode=500");

  /**
   * Unless the user sets the heap's size: a young generation of at most 320 MB. Without a limit, the throughput collector grows it towards a third of a quarter of the
   * machine's memory (2 GB here) to spend less time collecting, and every collection then fills
   * memory the process has never touched: a 10,000-reading rebuild took 6–7 s of system time in
   * page faults instead of 1.1–1.4 s, and 11.1–11.5 s instead of 7.7–8.5 s (three rounds against
   * {@code -Xmx1g} and this flag, alternating). The old generation stays free to grow for a larger
   * edition. Smaller editions too (tenth session): G1 grew a 1,000-reading build to 0.9–1.0 GB of
   * memory (peak RSS) where 0.5–0.7 GB does, 0.55–0.7 s of system time against 0.4–0.5 s, and the
   * whole build 2.85 s in a minute when new memory cost 10 µs a page, against 1.93 s with {@code -Xmx1g}.
   */
  static final String YOUNG = "-XX:MaxNewSize=320m";

  /**
   * With {@link #LARGE}, unless the user sets the initial heap or a maximum below it: an initial
   * heap of 768 MB, so that the old generation starts large enough for a 10,000-reading edition's
   * live set (some 300 MB of texts and Markdown, kept until rendering). From the JVM's default
   * (a 64th of the machine's memory, here 384 MB, two thirds of it old) the collector filled the
   * old generation mid-build and stopped for a full collection to grow it: 225 ms of pause on two
   * threads. With it, no full collection in nine rebuilds, and 550–705 ms of pauses in all against
   * 873–1,213 ms (three rounds each). Only reserved: pages are touched when used.
   */
  static final long INITIAL_HEAP = 768L << 20;

  /** Set in the second JVM, to the first's process id, so that it never starts a third. */
  static final String LAUNCHED = "gloss.launched";
  private static final String SETTING = "gloss.relaunch";
  private static final Set<String> SHORT_COMMANDS = Set.of("build", "check", "clean", "add");
  private static final Set<String> INFORMATION = Set.of("-h", "--help", "-V", "--version");
  private static final List<String> SAFE_OPTIONS =
      List.of("-D", "-Xmx", "-Xms", "-Xss", "-ea", "-da", "-enableassertions", "-disableassertions", "-esa", "-dsa");

  private Launcher() {}

  /**
   * What the first JVM knows about how it was started.
   *
   * @param java the {@code java} program of this runtime
   * @param vmOptions the options given to the JVM, before {@code -jar}
   * @param jar the jar, as an absolute path
   * @param args the command line given to Gloss
   * @param archive the class-data archive beside the jar, when there is one newer than the jar
   * @param textBytes the size of the scraped texts the command works on, counted up to just over
   *     {@link #SMALL_TEXT}
   * @param pid this process's id, which the second JVM watches
   */
  record Start(String java, List<String> vmOptions, Path jar, List<String> args, Optional<Path> archive, long textBytes,
      long pid) {}

  /**
   * Runs {@code args} in a second JVM when that is faster, and returns its exit code; empty when
   * the command is to run in this JVM.
   */
  static OptionalInt relaunch(String[] args) {
    String setting = System.getProperty(SETTING, "true");
    if (System.getProperty(LAUNCHED) != null || setting.equals("false") || toolOptionsSet(System.getenv())) {
      return OptionalInt.empty();
    }
    Optional<List<String>> command = start(args).flatMap(Launcher::command);
    if (command.isEmpty()) {
      return OptionalInt.empty();
    }
    if (setting.equals("show")) {
      System.err.println("gloss: starting " + String.join(" ", command.get()));
    }
    Process child;
    try {
      child = new ProcessBuilder(command.get()).inheritIO().start();
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty(); // nothing has run yet: run here instead
    }
    // on Ctrl-C or kill, stop the second JVM too and give it time to leave the site as it was
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      child.destroy();
      try {
        child.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "gloss-stop-child"));
    try {
      return OptionalInt.of(child.waitFor());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      child.destroy();
      return OptionalInt.of(Main.INTERNAL_ERROR);
    }
  }

  /**
   * In the second JVM: stops this one when the first ends, as a build in one JVM would have stopped,
   * and at once if the first has already ended (killed while this one was starting).
   *
   * <p>The first JVM is this process's parent, and when it ends, however it ends, this process is
   * given another parent at that moment; so a daemon thread compares the parent's process id with
   * the first JVM's a few times a second. Waiting for the first to exit ({@code onExit}) is not
   * enough: a process killed but not yet reaped by whatever started it still counts as alive.
   */
  static void stopWithParent(PrintStream err) {
    String launched = System.getProperty(LAUNCHED);
    if (launched == null) {
      return;
    }
    long first = firstJvm(launched);
    if (!parentIs(first)) {
      stop(err);
    }
    Thread watch = new Thread(() -> {
      try {
        while (parentIs(first)) {
          Thread.sleep(100);
        }
        stop(err);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "gloss-watch-parent");
    watch.setDaemon(true);
    watch.start();
  }

  /** The first JVM's process id: given by the launcher; {@code true}, from older command lines and scripts, means this process's parent. */
  static long firstJvm(String launched) {
    try {
      return Long.parseLong(launched);
    } catch (NumberFormatException e) {
      return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
    }
  }

  /** Whether this process's parent is still {@code pid}. */
  static boolean parentIs(long pid) {
    return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L) == pid;
  }

  private static void stop(PrintStream err) {
    err.println("gloss: stopped: the command that started this build has ended");
    System.exit(143);
  }

  /** The second JVM's command line for {@code start}, or empty to run in this JVM. */
  static Optional<List<String>> command(Start start) {
    // plain loops: every lambda costs a cold JVM about a millisecond, and this runs before the work
    List<String> args = start.args();
    if (args.isEmpty() || !SHORT_COMMANDS.contains(args.get(0))) {
      return Optional.empty();
    }
    for (String arg : args) {
      if (INFORMATION.contains(arg)) {
        return Optional.empty();
      }
    }
    for (String option : start.vmOptions()) {
      if (!safe(option)) {
        return Optional.empty();
      }
    }
    List<String> command = new ArrayList<>();
    command.add(start.java());
    if (start.archive().isPresent()) {
      command.add("-XX:SharedArchiveFile=" + start.archive().get());
      command.add("-Xlog:cds*=off"); // a rejected archive only costs time; never print about it
    }
    command.addAll(tuning(start.textBytes() <= SMALL_TEXT, start.vmOptions()));
    command.addAll(start.vmOptions()); // after ours, so that the user's own settings win
    command.add("-D" + LAUNCHED + "=" + start.pid());
    command.add("-jar");
    command.add(start.jar().toString());
    command.addAll(args);
    return Optional.of(List.copyOf(command));
  }

  /**
   * The second JVM's flags for a command on a little text ({@code small}) or more, given the
   * user's {@code vmOptions} (which come after them): the compiler, collector and heap settings
   * above, without the class-data archive.
   */
  static List<String> tuning(boolean small, List<String> vmOptions) {
    List<String> flags = new ArrayList<>(small ? List.of("-XX:TieredStopAtLevel=1") : LARGE);
    long maximum = maximumHeap(vmOptions);
    if (maximum < 0) { // else the young generation might not fit (and the JVM would say so)
      flags.add(YOUNG);
    }
    if (!small && !sets(vmOptions, "-Xms") && (maximum < 0 || maximum >= INITIAL_HEAP)) {
      flags.add("-Xms" + (INITIAL_HEAP >> 20) + "m");
    }
    return flags;
  }

  private static boolean sets(List<String> vmOptions, String prefix) {
    for (String option : vmOptions) {
      if (option.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The maximum heap the user's last {@code -Xmx} sets, in bytes; -1 when none does, 0 when it
   * cannot be read (the JVM will say why).
   */
  static long maximumHeap(List<String> vmOptions) {
    long maximum = -1;
    for (String option : vmOptions) {
      if (option.startsWith("-Xmx")) {
        maximum = heapSize(option.substring(4));
      }
    }
    return maximum;
  }

  /** A size as the JVM reads one ({@code 1073741824}, {@code 1024k}, {@code 512m}, {@code 1g}, {@code 1T}); 0 when not one. */
  private static long heapSize(String size) {
    if (size.isEmpty()) {
      return 0;
    }
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    int shift = switch (unit) {
      case 'k' -> 10;
      case 'm' -> 20;
      case 'g' -> 30;
      case 't' -> 40;
      default -> 0;
    };
    String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
    if (digits.isEmpty() || digits.length() > 12) {
      return 0;
    }
    for (int i = 0; i < digits.length(); i++) {
      if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
        return 0;
      }
    }
    long value = Long.parseLong(digits);
    return value > Long.MAX_VALUE >> shift ? Long.MAX_VALUE : value << shift;
  }

  private static boolean safe(String vmOption) {
    if (vmOption.startsWith("-D" + LAUNCHED)) {
      return false;
    }
    for (String safe : SAFE_OPTIONS) {
      if (vmOption.startsWith(safe)) {
        return true;
      }
    }
    return false;
  }

  private static boolean toolOptionsSet(Map<String, String> env) {
    for (String name : List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS")) {
      if (env.get(name) != null && !env.get(name).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** How this JVM was started, when it was {@code java [OPTIONS] -jar gloss.jar ARGS}. */
  private static Optional<Start> start(String[] args) {
    try {
      CodeSource code = Launcher.class.getProtectionDomain().getCodeSource();
      if (code == null || code.getLocation() == null) {
        return Optional.empty();
      }
      Path jar = Path.of(code.getLocation().toURI());
      Optional<String[]> arguments = ProcessHandle.current().info().arguments();
      List<String> argv = arguments.isPresent() ? Arrays.asList(arguments.get()) : List.of();
      int dashJar = argv.indexOf("-jar");
      if (!jar.toString().endsWith(".jar") || !Files.isRegularFile(jar) || dashJar < 0
          || !argv.subList(dashJar + 2, argv.size()).equals(Arrays.asList(args))) {
        return Optional.empty();
      }
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      return Optional.of(new Start(java, argv.subList(0, dashJar), jar, List.of(args), archive(jar), textBytes(args),
          ProcessHandle.current().pid()));
    } catch (URISyntaxException | IOException | UncheckedIOException | SecurityException
        | IllegalArgumentException e) {
      return Optional.empty(); // whatever cannot be known means running here, as without a launcher
    }
  }

  /** {@code gloss.jsa} beside {@code gloss.jar}, if it was written after the jar. */
  private static Optional<Path> archive(Path jar) throws IOException {
    String name = jar.getFileName().toString();
    Path archive = jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    if (!Files.isRegularFile(archive)
        || Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) < 0) {
      return Optional.empty();
    }
    return Optional.of(archive);
  }

  /**
   * The bytes of scraped text that {@code args} work on, counted until they pass {@link
   * #SMALL_TEXT}: the edition's {@code readings/*.txt} for {@code build} and {@code check}, the
   * files named for {@code clean} and {@code add}.
   */
  static long textBytes(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    if (args.length == 0) {
      return 0;
    }
    if (Set.of("build", "check").contains(args[0])) {
      Path readings = content(args).resolve("readings");
      if (Files.isDirectory(readings)) {
        try (DirectoryStream<Path> texts = Files.newDirectoryStream(readings, "*.txt")) {
          for (Path text : texts) {
            files.add(text);
          }
        }
      }
    } else {
      for (int i = 1; i < args.length; i++) {
        files.add(Path.of(args[i]));
      }
    }
    long bytes = 0;
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        bytes += Files.size(file);
        if (bytes > SMALL_TEXT) {
          break;
        }
      }
    }
    return bytes;
  }

  private static Path content(String[] args) {
    Path content = Path.of("content");
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--content") && i + 1 < args.length) {
        content = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--content=")) {
        content = Path.of(args[i].substring("--content=".length()));
      }
    }
    return content;
  }
}
