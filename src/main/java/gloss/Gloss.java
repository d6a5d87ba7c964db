package gloss;

import gloss.diag.Diagnostics;

/**
 * The front door: build or check an edition.
 *
 * <p>Content problems never throw; they are in the result's diagnostics, and a build with any
 * error writes nothing.
 */
public final class Gloss {
  private Gloss() {}

  /** Builds the edition and, when it has no errors, replaces the output folder with the new site. */
  public static BuildResult build(Project project) {
    return Pipeline.run(project, true, new Diagnostics());
  }

  /** Runs every validation of {@link #build} without writing anything. */
  public static BuildResult check(Project project) {
    return Pipeline.run(project, false, new Diagnostics());
  }
}
