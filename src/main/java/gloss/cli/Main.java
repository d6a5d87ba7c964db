package gloss.cli;

import gloss.load.DisplayPaths;
import gloss.text.Suggestions;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Entry point of {@code gloss.jar}: {@code gloss COMMAND [OPTIONS]}.
 *
 * <p>The command line is parsed by hand ({@link Args}): five commands with a handful of options
 * each do not need a library, and one that builds its model by reflection (picocli did) cost a
 * quarter of a second at every start, a quarter of a small edition's whole build.
 */
public final class Main {
  /** Content errors: each printed as {@code path:line: message}. */
  public static final int CONTENT_ERROR = 1;
  /** The command line itself was wrong. */
  public static final int USAGE_ERROR = 2;
  /** Gloss failed in a way no content should cause. */
  public static final int INTERNAL_ERROR = 3;


  private Main() {}

  /**
   * Runs the command line and exits with its code; a short command run from the jar may run in a
   * second JVM started with faster flags ({@link Launcher}).
   */
  public static void main(String[] args) {
    OptionalInt relaunched = Launcher.relaunch(args);
    if (relaunched.isPresent()) {
      System.exit(relaunched.getAsInt());
    }
    Launcher.stopWithParent(System.err);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    try {
      return dispatch(args, out, err);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The commands; made when a command line is run, not when the class loads, so that {@link Launcher} starts sooner. */
  private static List<Command> commands() {
    return List.of(new BuildCommand(), new CheckCommand(), new CleanCommand(), new ServeCommand(), new AddCommand());
  }

  private static int dispatch(String[] args, PrintWriter out, PrintWriter err) {
    List<Command> commands = commands();
    if (args.length == 0) {
      return usage(err, "missing command: build, check, clean, serve or add", program());
    }
    String first = args[0];
    if (first.equals("-h") || first.equals("--help")) {
      out.print(Help.main(commands));
      return 0;
    }
    if (first.equals("-V") || first.equals("--version")) {
      out.println(version());
      return 0;
    }
    Command command = commands.stream().filter(c -> c.spec().name().equals(first)).findFirst().orElse(null);
    if (command == null) {
      List<String> names = commands.stream().map(c -> c.spec().name()).toList();
      String what = first.startsWith("-") ? "unknown option '" + first + "'" : "unknown command '" + first + "'";
      String hint = Suggestions.nearest(first, names).or(() -> swapped(first, names))
          .map(s -> " (did you mean '" + s + "'?)").orElse(": use build, check, clean, serve or add");
      return usage(err, what + hint, program());
    }
    Args parsed;
    try {
      parsed = Args.parse(command.spec(), Arrays.asList(args).subList(1, args.length));
    } catch (Args.UsageException e) {
      return usage(err, e.getMessage(), program() + " " + first);
    }
    if (parsed.help()) {
      out.print(Help.of(command.spec()));
      return 0;
    }
    if (parsed.version()) {
      out.println(version());
      return 0;
    }
    try {
      return command.run(parsed, out, err);
    } catch (Args.UsageException e) {
      return usage(err, e.getMessage(), program() + " " + first);
    } catch (Exception e) {
      err.println("gloss: internal error: " + e);
      for (StackTraceElement frame : e.getStackTrace()) {
        err.println("    at " + frame);
      }
      err.println("This is a bug in Gloss, not in your content; please report it.");
      return INTERNAL_ERROR;
    }
  }

  /** The name that {@code typed} is with two neighbouring letters swapped ({@code bulid}), if any. */
  static Optional<String> swapped(String typed, List<String> names) {
    for (String name : names) {
      if (name.length() != typed.length()) {
        continue;
      }
      int first = 0;
      while (first < name.length() && name.charAt(first) == typed.charAt(first)) {
        first++;
      }
      if (first + 1 < name.length() && name.charAt(first) == typed.charAt(first + 1)
          && name.charAt(first + 1) == typed.charAt(first)
          && name.substring(first + 2).equals(typed.substring(first + 2))) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  private static int usage(PrintWriter err, String message, String help) {
    err.println("gloss: " + message);
    err.println("Try '" + help + " --help'.");
    return USAGE_ERROR;
  }

  /**
   * The program as its user runs it, for usage lines and hints: {@code java -jar target/gloss.jar}
   * (the jar's path as {@link DisplayPaths} shows it) when it runs from its jar, else {@code gloss}
   * (a wrapper script, the tests).
   */
  static String program() {
    try {
      CodeSource source = Main.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path location = Path.of(source.getLocation().toURI());
        if (location.getFileName() != null && location.getFileName().toString().endsWith(".jar")
            && Files.isRegularFile(location)) {
          String jar = DisplayPaths.of(location);
          return "java -jar " + (jar.chars().anyMatch(Character::isWhitespace) ? '"' + jar + '"' : jar);
        }
      }
    } catch (URISyntaxException | RuntimeException e) {
      // an unusual class loader: the plain name will do
    }
    return "gloss";
  }

  /** {@code gloss VERSION}, the version from the jar's manifest. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return "gloss " + (version == null ? "(development build)" : version);
  }
}
