package gloss;

import gloss.diag.Diagnostics;
import gloss.diag.Progress;
import java.util.Objects;

/**
 * Builds one project again and again, as the preview server does, redoing only the work an edit
 * affects: a reading is cleaned, structured and annotated again only when its text or sidecar
 * changed (every reading when a note or the mention policy changed), and its HTML is made again
 * only when its Markdown changed. Linking and laying out pages run every time; they are cheap. The
 * result is byte for byte what a full build gives.
 *
 * <p>Not thread-safe: one build at a time.
 */
public final class IncrementalBuild {
  private final Project project;
  private final StageCache cache = new StageCache(true);

  public IncrementalBuild(Project project) {
    this.project = Objects.requireNonNull(project, "project");
  }

  /** Builds the site in memory ({@link BuildResult#site()}), writing nothing. */
  public BuildResult build() {
    return build(Progress.NONE);
  }

  /** As {@link #build()}, telling {@code progress} where it is. */
  public BuildResult build(Progress progress) {
    return Pipeline.run(project, Pipeline.Output.MEMORY, cache, progress, new Diagnostics());
  }

  /** Builds and, when there are no errors, replaces the output folder, as {@link Gloss#build} does. */
  public BuildResult buildAndWrite() {
    return Pipeline.run(project, Pipeline.Output.WRITE, cache, Progress.NONE, new Diagnostics());
  }
}
