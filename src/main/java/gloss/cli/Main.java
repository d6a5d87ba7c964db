package gloss.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code gloss.jar}. */
@Command(
    name = "gloss",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Turns scraped article texts into an annotated reading edition.",
    subcommands = {BuildCommand.class, CheckCommand.class, CleanCommand.class, ServeCommand.class, AddCommand.class})
public final class Main implements Runnable {
  /** Content errors: each printed as {@code path:line: message}. */
  public static final int CONTENT_ERROR = 1;
  /** The command line itself was wrong. */
  public static final int USAGE_ERROR = 2;
  /** Gloss failed in a way no content should cause. */
  public static final int INTERNAL_ERROR = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command: build, check, clean, serve or add");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line and returns its exit code; never calls {@link System#exit}. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new Main());
    line.setOut(out);
    line.setErr(err);
    line.setParameterExceptionHandler(
        (ex, ignored) -> {
          err.println("gloss: " + ex.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
          err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE_ERROR;
        });
    line.setExecutionExceptionHandler(
        (ex, ignored, parsed) -> {
          err.println("gloss: internal error: " + ex);
          for (StackTraceElement frame : ex.getStackTrace()) {
            err.println("    at " + frame);
          }
          err.println("This is a bug in Gloss, not in your content; please report it.");
          return INTERNAL_ERROR;
        });
    return line.execute(args);
  }
}
