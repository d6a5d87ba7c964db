package gloss;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Annotator;
import gloss.annotate.Catalog;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.diag.Progress;
import gloss.load.ContentLoader;
import gloss.load.EditionConfig.MentionPolicy;
import gloss.structure.Structurer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    return build(project, Progress.NONE);
  }

  /** As {@link #build(Project)}, telling {@code progress} where it is. */
  public static BuildResult build(Project project, Progress progress) {
    return Pipeline.run(project, Pipeline.Output.WRITE, new StageCache(false), progress, new Diagnostics());
  }

  /**
   * Runs every validation of {@link #build} without writing anything: content, sidecars, notes,
   * checksums, passage anchors, and templates that do not compile or name unknown keys. The pages
   * are rendered and kept in {@link BuildResult#site()}, sorted by path.
   */
  public static BuildResult check(Project project) {
    return Pipeline.run(project, Pipeline.Output.MEMORY, new StageCache(false), Progress.NONE, new Diagnostics());
  }

  /**
   * As {@link #check}, for {@code gloss check}: the pages are rendered (so that every template
   * error shows) and only counted, so that checking a large edition never holds its site in memory.
   */
  public static BuildResult validate(Project project) {
    return Pipeline.run(project, Pipeline.Output.COUNT, new StageCache(false), Progress.NONE, new Diagnostics());
  }

  /**
   * Load, clean and structure one scraped text outside any edition, as {@code gloss clean} does:
   * the reading's Markdown with the front matter found, without mentions; passage notes of a sidecar
   * beside the text are applied.
   */
  public static Optional<AnnotatedReading> cleanText(Path file, Diagnostics diagnostics) {
    Annotator annotator = new Annotator(Catalog.of(List.of(), diagnostics), MentionPolicy.OFF);
    return ContentLoader.loadText(file, diagnostics)
        .map(source -> new Cleaner(Rules.standard()).clean(source, diagnostics))
        .map(cleaned -> Structurer.structure(cleaned, diagnostics))
        .map(reading -> annotator.annotate(reading, diagnostics));
  }
}
