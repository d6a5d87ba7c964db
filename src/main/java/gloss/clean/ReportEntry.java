package gloss.clean;

/**
 * One thing the cleaner did, or chose not to do, to one line.
 *
 * @param line the line number in the scraped text
 * @param rule the rule's stable id, as in {@link DebrisRule#id()}
 * @param before the line as scraped
 * @param after the line as kept: empty for a dropped line, the same as {@code before} for a kept,
 *     suspicious one
 * @param reason why, in a few words
 */
public record ReportEntry(
    Action action, int line, String rule, String before, String after, String reason) {

  /** What happened to the line. */
  public enum Action {
    /** The whole line was debris and is gone. */
    DROPPED,
    /** Debris was cut from the line; the rest is kept. */
    CUT,
    /** Damaged characters were repaired with certainty. */
    REPAIRED,
    /** The line looks like debris, but the rule was not sure, so it was kept. */
    SUSPICIOUS,
    /** A rule would have dropped or cut the line; the sidecar says to keep it. */
    KEPT,
    /** Metadata (title, credit, dateline) moved from the body to the front matter; no word lost. */
    MOVED;

    public String label() {
      return switch (this) {
        case DROPPED -> "dropped";
        case CUT -> "cut";
        case REPAIRED -> "repaired";
        case SUSPICIOUS -> "kept, suspicious";
        case KEPT -> "kept by the sidecar";
        case MOVED -> "moved to the front matter";
      };
    }
  }
}
