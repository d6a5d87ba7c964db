package gloss;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Annotator;
import gloss.annotate.Catalog;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.link.Edition;
import gloss.link.Linker;
import gloss.load.Content;
import gloss.load.ContentLoader;
import gloss.load.EditionConfig;
import gloss.load.TemplateLoader;
import gloss.load.TemplateSet;
import gloss.render.Page;
import gloss.render.Renderer;
import gloss.structure.Structurer;
import gloss.write.SiteWriter;
import java.util.List;

/** The one place that calls the stages in order: load, clean, structure, annotate, link, render, write. */
final class Pipeline {
  private Pipeline() {}

  static BuildResult run(Project project, boolean write, Diagnostics diagnostics) {
    Content content = ContentLoader.load(project.content(), diagnostics);
    TemplateSet templates = TemplateLoader.load(project.templates(), diagnostics);
    if (content.edition().isEmpty()) {
      return new BuildResult(content.readings().size(), content.notes().size(), 0, false, diagnostics);
    }
    EditionConfig config = content.edition().get();
    Cleaner cleaner = new Cleaner(Rules.standard());
    Annotator annotator = new Annotator(Catalog.of(content.notes(), diagnostics), config.mentions());
    List<AnnotatedReading> annotated =
        content.readings().parallelStream()
            .map(source -> cleaner.clean(source, diagnostics))
            .map(cleaned -> Structurer.structure(cleaned, diagnostics))
            .map(reading -> annotator.annotate(reading, diagnostics))
            .toList();
    Edition edition = Linker.link(config, annotated, content.notes(), diagnostics);
    List<Page> pages = new Renderer(templates).render(edition, diagnostics);
    boolean written = write && !diagnostics.hasErrors()
        && SiteWriter.write(pages, project.out(), List.of(project.content(), project.templates()), diagnostics);
    return new BuildResult(annotated.size(), content.notes().size(), pages.size(), written, diagnostics);
  }
}
