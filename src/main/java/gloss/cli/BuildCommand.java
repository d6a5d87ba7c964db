package gloss.cli;

import gloss.BuildResult;
import gloss.Gloss;
import gloss.Project;
import gloss.diag.Progress;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * {@code gloss build}: the whole pipeline, replacing the output folder only on success; a progress
 * line on a terminal when it takes more than a second, and a summary line at the end.
 */
final class BuildCommand implements Command {
  private static final Args.Spec SPEC = new Args.Spec(
      "build",
      "Builds the edition and writes the site.",
      "Builds the edition: cleans, structures and annotates every reading and writes the site. The output"
          + " folder is replaced only when the build has no errors.",
      ProjectOptions.with(
          Args.Option.value("--out", "DIR", "Where the site goes.", "site"),
          Args.Option.flag("--timings", "Prints how long each stage of the build took.")),
      Args.Operands.NONE);

  @Override
  public Args.Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter stdout, PrintWriter stderr) throws Args.UsageException {
    Path out = args.path("--out").orElseThrow();
    boolean timings = args.flag("--timings");
    long start = System.nanoTime();
    Progress display = TerminalProgress.forConsole(stderr);
    StageTimes times = timings ? new StageTimes(display) : null;
    BuildResult result;
    try {
      result = Gloss.build(new Project(ProjectOptions.content(args), ProjectOptions.templates(args), out),
          times == null ? display : times);
    } finally {
      if (display instanceof TerminalProgress terminal) {
        terminal.close();
      }
    }
    long end = System.nanoTime();
    Reporter.print(result.diagnostics(), stderr);
    double seconds = (end - start) / 1e9;
    if (times != null) {
      stderr.print(times.describe(end));
    }
    if (!result.ok() || !result.written()) {
      stderr.println("build failed: " + Reporter.counts(result.diagnostics()) + "; "
          + (java.nio.file.Files.exists(out) ? out + " was left as it was" : "nothing was written"));
      return Main.CONTENT_ERROR;
    }
    stdout.println(String.format(Locale.ROOT,
        "built %s, %s, %s into %s in %.2f s (%s)",
        Reporter.plural(result.readings(), "reading"),
        Reporter.plural(result.entries(), "entry").replace("entrys", "entries"),
        Reporter.plural(result.pages(), "file"),
        out,
        seconds,
        Reporter.plural(result.diagnostics().warningCount(), "warning")));
    return 0;
  }
}
