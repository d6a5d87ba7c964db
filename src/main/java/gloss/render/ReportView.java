package gloss.render;

import java.util.List;

/**
 * The view of {@code report.mustache}: what cleaning did to one reading, for maintainers.
 *
 * @param summary the counts in words, such as "1 line dropped, 2 cut, 0 repaired, 0 kept but
 *     suspicious"
 */
public record ReportView(
    Chrome chrome,
    String title,
    String readingHref,
    String path,
    List<Row> rows,
    String summary,
    String jsonHref) {

  /** One report entry. */
  public record Row(int line, String action, String actionId, String rule, String before, String after, String reason) {}
}
