package gloss.cli;

import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import java.io.PrintWriter;

/** Prints diagnostics, one {@code path:line: message} per line, and their count. */
final class Reporter {
  private Reporter() {}

  static void print(Diagnostics diagnostics, PrintWriter err) {
    for (Diagnostic diagnostic : diagnostics.all()) {
      err.println(diagnostic.format());
    }
    err.flush();
  }

  static String counts(Diagnostics diagnostics) {
    return plural(diagnostics.errorCount(), "error") + ", " + plural(diagnostics.warningCount(), "warning");
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
