package gloss.clean;

import java.util.List;

/**
 * Everything the cleaner removed, cut, repaired or doubted in one reading, in line order, so that a
 * maintainer can check that no sentence of the article was lost.
 */
public record CleaningReport(String path, List<ReportEntry> entries) {

  public long count(ReportEntry.Action action) {
    return entries.stream().filter(e -> e.action() == action).count();
  }
}
