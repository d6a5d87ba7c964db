package gloss.cli;

import gloss.BuildResult;
import gloss.Gloss;
import gloss.Project;
import java.io.PrintWriter;
import java.nio.file.Path;

/** {@code gloss check}: every validation of a build, writing nothing. */
final class CheckCommand implements Command {
  private static final Args.Spec SPEC = new Args.Spec(
      "check",
      "Validates the edition as a build would, writing nothing.",
      "Validates the edition as a build would, without writing anything: every problem as path:line:"
          + " message, then a count.",
      ProjectOptions.OPTIONS,
      Args.Operands.NONE);

  @Override
  public Args.Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) throws Args.UsageException {
    BuildResult result = Gloss.validate(new Project(ProjectOptions.content(args), ProjectOptions.templates(args), Path.of("site")));
    Reporter.print(result.diagnostics(), err);
    int unread = result.texts() - result.readings();
    String summary = "checked " + Reporter.plural(result.texts(), "reading")
        + (unread > 0 ? " (" + unread + " could not be read)" : "") + ": " + Reporter.counts(result.diagnostics());
    if (!result.ok()) {
      err.println(summary);
      return Main.CONTENT_ERROR;
    }
    out.println(summary);
    return 0;
  }
}
