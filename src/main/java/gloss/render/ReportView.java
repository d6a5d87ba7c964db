package gloss.render;

import java.util.List;

/** The view of {@code report.mustache}: what cleaning did to one reading, for maintainers. */
public record ReportView(
    Chrome chrome,
    String title,
    String readingHref,
    String path,
    List<Row> rows,
    long dropped,
    long cut,
    long repaired,
    long suspicious,
    long keptBySidecar,
    String jsonHref) {

  /** One report entry. */
  public record Row(int line, String action, String actionId, String rule, String before, String after, String reason) {}
}
