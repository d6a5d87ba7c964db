package gloss.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One content problem, at a place in a file.
 *
 * <p>Printed as {@code content/readings/x.yaml:12: unknown note id "lavrov"}, or with {@code
 * warning: } before the message for warnings. A line of 0 means the problem is about the file as a
 * whole.
 */
public record Diagnostic(String file, int line, Severity severity, String message) {

  /** Sorts by file, then line, then errors before warnings, then message. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::file)
          .thenComparingInt(Diagnostic::line)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** The one-line form a user reads in the terminal. */
  public String format() {
    String place = line > 0 ? file + ":" + line : file;
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return place + ": " + prefix + message;
  }

  @Override
  public String toString() {
    return format();
  }
}
