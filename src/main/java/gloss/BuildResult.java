package gloss;

import gloss.diag.Diagnostics;

/**
 * What a build or check did: counts for the summary line, and every diagnostic.
 *
 * @param written whether the site was written (false for check, and for a failed build)
 */
public record BuildResult(int readings, int entries, int pages, boolean written, Diagnostics diagnostics) {

  public boolean ok() {
    return !diagnostics.hasErrors();
  }
}
