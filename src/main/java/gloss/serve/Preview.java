package gloss.serve;

import gloss.BuildResult;
import gloss.IncrementalBuild;
import gloss.Project;
import gloss.diag.Diagnostic;
import gloss.diag.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code gloss serve}: the edition built in memory, served on 127.0.0.1, rebuilt when anything
 * under {@code content/} or {@code templates/} changes. Each rebuild prints one line, or the
 * diagnostics and a failure line; a failed rebuild leaves the last good site served, with its
 * errors shown over every open page.
 */
public final class Preview implements AutoCloseable {
  private final IncrementalBuild builder;
  private final PrintWriter out;
  private final PrintWriter err;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(Snapshot.NONE);
  private final CountDownLatch closed = new CountDownLatch(1);
  private PreviewServer server;
  private ContentWatcher watcher;

  private Preview(Project project, PrintWriter out, PrintWriter err) {
    this.builder = new IncrementalBuild(project);
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
  }

  /**
   * Builds the edition once, starts serving it on {@code port} (0 for any free port) and starts
   * watching the project's content and templates. A first build that fails still starts the
   * server, which shows the errors until they are fixed.
   *
   * @throws BindException when the port cannot be had, before anything is built
   * @throws IOException when the folders cannot be watched
   */
  public static Preview start(Project project, int port, PrintWriter out, PrintWriter err) throws IOException {
    Preview preview = new Preview(project, out, err);
    // the port first: a port in use is refused at once, not after a build of the whole edition
    preview.server = new PreviewServer(port, preview.snapshot::get);
    try {
      preview.rebuild();
      preview.watcher = new ContentWatcher(List.of(project.content(), project.templates()), preview::rebuild);
    } catch (IOException | RuntimeException e) {
      preview.server.close();
      throw e;
    }
    preview.server.start();
    preview.watcher.start();
    return preview;
  }

  /** Where the site is served, such as {@code http://127.0.0.1:8000/}. */
  public URI url() {
    return URI.create("http://127.0.0.1:" + server.port() + "/");
  }

  /** The number of the last good build: 0 before the first, then 1, 2... */
  public int build() {
    return snapshot.get().build();
  }

  /** Builds again now and serves the result when it has no errors; the watcher calls this. */
  public synchronized void rebuild() {
    long start = System.nanoTime();
    BuildResult result;
    try {
      result = builder.build();
    } catch (RuntimeException e) {
      // a bug in Gloss must not stop the preview: report it like a failed build and keep serving
      err.println("gloss: internal error: " + e);
      Snapshot last = snapshot.get();
      snapshot.set(new Snapshot(last.build(), last.files(), List.of("internal error: " + e)));
      return;
    }
    List<String> shown = result.diagnostics().all().stream().map(Diagnostic::format).toList();
    shown.forEach(err::println);
    double seconds = (System.nanoTime() - start) / 1e9;
    Snapshot last = snapshot.get();
    if (result.ok()) {
      Map<String, byte[]> files = Snapshot.index(result.site());
      // a save that changed no page (a touch, an edit undone) does not reload open pages
      boolean same = last.build() > 0 && last.errors().isEmpty() && last.sameFiles(files);
      snapshot.set(same ? last : new Snapshot(last.build() + 1, files, List.of()));
      long warnings = result.diagnostics().warningCount();
      out.println(String.format(Locale.ROOT, "built %d readings, %d entries, %d files in %.2f s (%d %s)",
          result.readings(), result.entries(), result.pages(), seconds, warnings, warnings == 1 ? "warning" : "warnings"));
    } else {
      List<String> errors = result.diagnostics().all().stream()
          .filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::format).toList();
      snapshot.set(new Snapshot(last.build(), last.files(), errors));
      err.println("build failed: " + errors.size() + (errors.size() == 1 ? " error" : " errors")
          + (last.build() > 0 ? "; still serving the last good build" : "; nothing to serve until it is fixed"));
    }
    out.flush();
    err.flush();
  }

  /** Blocks until {@link #close} is called (by Ctrl-C's shutdown hook, say). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  /** Stops watching and serving. */
  @Override
  public void close() throws IOException {
    try {
      if (watcher != null) {
        watcher.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
      closed.countDown();
    }
  }
}
