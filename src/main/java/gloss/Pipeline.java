package gloss;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Annotator;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.link.Edition;
import gloss.link.Linker;
import gloss.load.Content;
import gloss.load.ContentLoader;
import gloss.load.EditionConfig;
import gloss.load.Source;
import gloss.load.TemplateLoader;
import gloss.load.TemplateSet;
import gloss.render.Page;
import gloss.render.Renderer;
import gloss.structure.Structurer;
import gloss.write.SiteWriter;
import java.util.List;

/**
 * The one place that calls the stages in order: load, clean, structure, annotate, link, render, write.
 *
 * <p>The per-reading stages go through a {@link StageCache}: a one-off build passes a fresh one, a
 * preview server keeps one between rebuilds, and both run exactly the same stages.
 */
final class Pipeline {
  /** What to do with the pages: nothing (check, preview) or write them to the output folder. */
  enum Output { NONE, WRITE }

  private Pipeline() {}

  static BuildResult run(Project project, Output output, StageCache cache, Progress progress, Diagnostics diagnostics) {
    progress.stage("load", 0);
    Content content = ContentLoader.load(project.content(), diagnostics);
    TemplateSet templates = TemplateLoader.load(project.templates(), diagnostics);
    if (content.edition().isEmpty()) {
      return new BuildResult(content.readings().size(), content.notes().size(), 0, false, List.of(), diagnostics);
    }
    EditionConfig config = content.edition().get();
    Cleaner cleaner = new Cleaner(Rules.standard());
    Annotator annotator = cache.annotator(content.notes(), config.mentions(), diagnostics);
    progress.stage("clean, structure, annotate", content.readings().size());
    List<AnnotatedReading> annotated =
        cache.readings(content.readings(), (source, d) -> perReading(cleaner, annotator, source, d), progress, diagnostics);
    progress.stage("link", 0);
    Edition edition = Linker.link(config, annotated, content.notes(), diagnostics);
    progress.stage("render", 0);
    List<Page> pages = cache.renderer(templates).render(edition, diagnostics);
    progress.stage("write", 0);
    boolean written = output == Output.WRITE && !diagnostics.hasErrors()
        && SiteWriter.write(pages, project.out(), List.of(project.content(), project.templates()), diagnostics);
    List<Page> site = diagnostics.hasErrors() ? List.of() : pages;
    return new BuildResult(annotated.size(), content.notes().size(), pages.size(), written, site, diagnostics);
  }

  /** Clean, structure and annotate one reading. */
  private static AnnotatedReading perReading(Cleaner cleaner, Annotator annotator, Source source, Diagnostics d) {
    return annotator.annotate(Structurer.structure(cleaner.clean(source, d), d), d);
  }
}
