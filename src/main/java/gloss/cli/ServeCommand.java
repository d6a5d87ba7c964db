package gloss.cli;

import gloss.Project;
import gloss.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gloss serve}: a live preview on 127.0.0.1 that rebuilds on every change and reloads open
 * pages; Ctrl-C stops it. It serves from memory and never writes {@code site/}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Builds the edition and serves it on 127.0.0.1; rebuilds when content/ or templates/ change",
      "and reloads open pages. Errors show in the terminal and over the page; the last good build",
      "stays served. Serves from memory: site/ is not touched. Ctrl-C stops it."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ProjectOptions project;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000",
      description = "The port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) {
      err.println("gloss: --port must be between 0 and 65535");
      return Main.USAGE_ERROR;
    }
    Preview preview;
    try {
      preview = Preview.start(new Project(project.content, project.templates, Path.of("site")), port, out, err);
    } catch (IOException e) {
      err.println("gloss: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage());
      return Main.CONTENT_ERROR;
    }
    Thread stopper = new Thread(() -> {
      close(preview);
      out.println("stopped");
      out.flush();
    }, "gloss-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    out.println("serving " + preview.url() + " (Ctrl-C to stop); watching " + project.content + " and "
        + project.templates);
    out.flush();
    preview.awaitClose();
    return 0;
  }

  private static void close(Preview preview) {
    try {
      preview.close();
    } catch (IOException e) {
      // stopping anyway
    }
  }
}
