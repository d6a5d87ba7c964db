package gloss;

import gloss.diag.Diagnostics;
import gloss.render.Page;
import java.util.List;

/**
 * What a build or check did: counts for the summary line, and every diagnostic.
 *
 * @param readings the readings loaded
 * @param texts the scraped texts found: the readings and those that could not be read (each has
 *     its error)
 * @param written whether the site was written (false for check, and for a failed build)
 * @param site every file of the site, sorted by path, for a build held in memory (check, preview);
 *     empty for a build written to disk, which never holds the whole site, and when there are errors
 */
public record BuildResult(
    int readings, int texts, int entries, int pages, boolean written, List<Page> site, Diagnostics diagnostics) {

  public boolean ok() {
    return !diagnostics.hasErrors();
  }
}
