package gloss.cli;

import gloss.BuildResult;
import gloss.Gloss;
import gloss.Project;
import gloss.diag.Progress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gloss build}: the whole pipeline, replacing the output folder only on success; a progress
 * line on a terminal when it takes more than a second, and a summary line at the end.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the edition: cleans, structures and annotates every reading and writes the site.",
      "The output folder is replaced only when the build has no errors."
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin ProjectOptions project;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = "site",
      description = "Where the site goes (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--timings", description = "Prints how long each stage of the build took.")
  boolean timings;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    Progress display = TerminalProgress.forConsole(spec.commandLine().getErr());
    StageTimes times = new StageTimes(display);
    BuildResult result;
    try {
      result = Gloss.build(new Project(project.content, project.templates, out), times);
    } finally {
      if (display instanceof TerminalProgress terminal) {
        terminal.close();
      }
    }
    long end = System.nanoTime();
    Reporter.print(result.diagnostics(), spec.commandLine().getErr());
    double seconds = (end - start) / 1e9;
    if (timings) {
      spec.commandLine().getErr().print(times.describe(end));
    }
    if (!result.ok() || !result.written()) {
      spec.commandLine().getErr().println(
          "build failed: " + Reporter.counts(result.diagnostics()) + "; " + out + " was left as it was");
      return Main.CONTENT_ERROR;
    }
    spec.commandLine().getOut().println(String.format(Locale.ROOT,
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
