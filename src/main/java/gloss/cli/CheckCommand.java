package gloss.cli;

import gloss.BuildResult;
import gloss.Gloss;
import gloss.Project;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gloss check}: every validation of a build, writing nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Validates the edition as a build would, without writing anything.")
final class CheckCommand implements Callable<Integer> {
  @Mixin ProjectOptions project;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildResult result = Gloss.validate(new Project(project.content, project.templates, Path.of("site")));
    Reporter.print(result.diagnostics(), spec.commandLine().getErr());
    String summary = "checked " + Reporter.plural(result.readings(), "reading") + ": "
        + Reporter.counts(result.diagnostics());
    if (!result.ok()) {
      spec.commandLine().getErr().println(summary);
      return Main.CONTENT_ERROR;
    }
    spec.commandLine().getOut().println(summary);
    return 0;
  }
}
