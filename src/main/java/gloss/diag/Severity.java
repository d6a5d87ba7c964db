package gloss.diag;

/** How serious a diagnostic is: errors stop the build, warnings are reported and the build goes on. */
public enum Severity {
  ERROR,
  WARNING
}
