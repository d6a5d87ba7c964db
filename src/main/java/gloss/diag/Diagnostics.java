package gloss.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Collects content problems through a whole run so that they are reported all at once.
 *
 * <p>Thread-safe: readings are processed in parallel and report into one collector. {@link #all()}
 * returns them sorted by file and line, so the output does not depend on thread timing.
 */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  /** Records an error: the build will not write the site. */
  public void error(String file, int line, String message) {
    add(new Diagnostic(file, line, Severity.ERROR, message));
  }

  /** Records a warning: reported, but the build goes on. */
  public void warn(String file, int line, String message) {
    add(new Diagnostic(file, line, Severity.WARNING, message));
  }

  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** All diagnostics so far, sorted by file, line and severity. */
  public synchronized List<Diagnostic> all() {
    List<Diagnostic> sorted = new ArrayList<>(items);
    sorted.sort(Diagnostic.ORDER);
    return List.copyOf(sorted);
  }

  /** Drops the diagnostics {@code which} selects: follow-on errors of one already reported. */
  public synchronized void discard(Predicate<Diagnostic> which) {
    items.removeIf(which);
  }

  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  public synchronized long errorCount() {
    return items.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  public synchronized long warningCount() {
    return items.stream().filter(d -> d.severity() == Severity.WARNING).count();
  }
}
