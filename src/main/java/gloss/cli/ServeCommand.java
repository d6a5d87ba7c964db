package gloss.cli;

import gloss.Project;
import gloss.serve.Preview;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;

/**
 * {@code gloss serve}: a live preview on 127.0.0.1 that rebuilds on every change and reloads open
 * pages; Ctrl-C stops it. It serves from memory and never writes {@code site/}.
 */
final class ServeCommand implements Command {
  private static final Args.Spec SPEC = new Args.Spec(
      "serve",
      "Serves a live preview that rebuilds on every change.",
      "Builds the edition and serves it on 127.0.0.1; rebuilds when content/ or templates/ change and"
          + " reloads open pages. Errors show in the terminal and over the page; the last good build stays"
          + " served. Serves from memory: site/ is not touched. Ctrl-C stops it.",
      ProjectOptions.with(Args.Option.value("--port", "N", "The port on 127.0.0.1; 0 picks a free one.", "8000")),
      Args.Operands.NONE);

  @Override
  public Args.Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) throws InterruptedException, Args.UsageException {
    int port = args.integer("--port");
    Path content = ProjectOptions.content(args);
    Path templates = ProjectOptions.templates(args);
    if (port < 0 || port > 65_535) {
      throw new Args.UsageException("option '--port' must be between 0 and 65535, not " + port);
    }
    Preview preview;
    try {
      preview = Preview.start(new Project(content, templates, Path.of("site")), port, out, err);
    } catch (BindException e) {
      err.println("gloss: cannot serve on 127.0.0.1:" + port + ": " + e.getMessage() + " (choose another with --port)");
      return Main.USAGE_ERROR;
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
    out.println("serving " + preview.url() + " (Ctrl-C to stop); watching " + content + " and "
        + templates);
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
