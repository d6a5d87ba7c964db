package gloss;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Annotator;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.diag.Severity;
import gloss.diag.Progress;
import gloss.link.Edition;
import gloss.link.Linker;
import gloss.load.Content;
import gloss.load.ContentLoader;
import gloss.load.EditionConfig;
import gloss.load.Note;
import gloss.load.Source;
import gloss.load.TemplateLoader;
import gloss.load.TemplateSet;
import gloss.render.Page;
import gloss.render.Renderer;
import gloss.structure.Structurer;
import gloss.write.SiteWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one place that calls the stages in order: load, clean, structure, annotate, link, render, write.
 *
 * <p>The per-reading stages go through a {@link StageCache}: a one-off build passes a fresh one, a
 * preview server keeps one between rebuilds, and both run exactly the same stages.
 */
final class Pipeline {
  /**
   * What to do with the pages: count them and let them go ({@code check}, which never needs the
   * whole site in memory), keep them in memory (a preview), or write them to the output folder.
   */
  enum Output { COUNT, MEMORY, WRITE }

  private Pipeline() {}

  static BuildResult run(Project project, Output output, StageCache cache, Progress progress, Diagnostics diagnostics) {
    Renderer.warmUp();
    Annotated read = annotate(project, cache, progress, diagnostics);
    if (read.config().isEmpty()) {
      return new BuildResult(read.loaded(), read.texts(), read.notes().size(), 0, false, List.of(), diagnostics);
    }
    progress.stage("link", 0);
    Edition edition = Linker.link(read.config().get(), read.readings(), read.notes(), cache.linkMemo(), diagnostics);
    // a note file that could not be read has its own error: "unknown note id" wherever it is named would be noise
    for (String id : read.unreadableNotes()) {
      String unknown = "unknown note id \"" + id + "\"";
      diagnostics.discard(d -> d.severity() == Severity.ERROR && d.message().startsWith(unknown));
    }
    Renderer renderer = cache.renderer(read.templates());
    int readings = read.readings().size();
    int notes = read.notes().size();
    if (output == Output.WRITE && !diagnostics.hasErrors()) {
      return renderAndWrite(project, renderer, edition, readings, read.texts(), notes, progress, diagnostics);
    }
    if (output != Output.MEMORY) { // check, or a build that will write nothing: its pages are only counted
      AtomicInteger pages = new AtomicInteger();
      renderer.render(edition, diagnostics, page -> pages.incrementAndGet(), progress);
      return new BuildResult(readings, read.texts(), notes, pages.get(), false, List.of(), diagnostics);
    }
    List<Page> pages = renderer.render(edition, diagnostics, progress);
    List<Page> site = diagnostics.hasErrors() ? List.of() : pages;
    return new BuildResult(readings, read.texts(), notes, pages.size(), false, site, diagnostics);
  }

  /**
   * What load, clean, structure and annotate make of the content, without the content itself: the
   * scraped texts are let go here, before render, which would otherwise hold every one of them.
   *
   * @param loaded how many scraped texts were loaded
   * @param texts how many were found, those that could not be read included
   * @param config empty when {@code edition.yaml} could not be read, and then nothing was annotated
   */
  private record Annotated(int loaded, int texts, Optional<EditionConfig> config, List<Note> notes, Set<String> unreadableNotes,
      List<AnnotatedReading> readings, TemplateSet templates) {}

  private static Annotated annotate(Project project, StageCache cache, Progress progress, Diagnostics diagnostics) {
    if (!cache.keeps()) {
      return annotateAsRead(project, cache, progress, diagnostics);
    }
    progress.stage("load", 0);
    Content content = ContentLoader.load(project.content(), cache.parseCache(), diagnostics);
    TemplateSet templates = TemplateLoader.load(project.templates(), diagnostics);
    if (content.edition().isEmpty()) {
      return new Annotated(content.readings().size(), content.texts(), Optional.empty(), content.notes(), content.unreadableNotes(), List.of(), templates);
    }
    EditionConfig config = content.edition().get();
    progress.stage("catalogue of notes", 0);
    Cleaner cleaner = new Cleaner(Rules.standard());
    Annotator annotator = cache.annotator(content.notes(), config.mentions(), diagnostics);
    progress.stage("clean, structure, annotate", content.readings().size());
    List<AnnotatedReading> annotated =
        cache.readings(content.readings(), (source, d) -> perReading(cleaner, annotator, source, d), progress, diagnostics);
    return new Annotated(content.readings().size(), content.texts(), Optional.of(config), content.notes(), content.unreadableNotes(), annotated, templates);
  }

  /**
   * {@link #annotate} for a one-off build, which keeps nothing for a next one: each reading is
   * cleaned, structured and annotated as soon as it is read ({@link ContentLoader#load(java.nio.file.Path,
   * Diagnostics, ContentLoader.Stages)}), so the edition's texts are never all in memory at once.
   * The same stages, the same results.
   */
  private static Annotated annotateAsRead(Project project, StageCache cache, Progress progress, Diagnostics diagnostics) {
    progress.stage("load", 0);
    Cleaner cleaner = new Cleaner(Rules.standard());
    ContentLoader.Staged<AnnotatedReading> staged = ContentLoader.load(project.content(), diagnostics,
        (edition, notes, texts) -> {
          if (edition.isEmpty()) {
            return Optional.empty();
          }
          progress.stage("catalogue of notes", 0);
          Annotator annotator = cache.annotator(notes, edition.get().mentions(), diagnostics);
          progress.stage("read, clean, structure, annotate", texts);
          return Optional.of((source, d) -> {
            AnnotatedReading reading = perReading(cleaner, annotator, source, d);
            progress.advance();
            return reading;
          });
        });
    Content content = staged.content();
    TemplateSet templates = TemplateLoader.load(project.templates(), diagnostics);
    return new Annotated(content.readings().size(), content.texts(), content.edition(), content.notes(), content.unreadableNotes(),
        staged.results(), templates);
  }

  /**
   * Renders straight into a staging folder beside the output, so that the site is never held in
   * memory whole, then puts the folder in the output's place; on any error the staging folder is
   * deleted and the output is left as it was.
   */
  private static BuildResult renderAndWrite(
      Project project, Renderer renderer, Edition edition, int readings, int texts, int notes, Progress progress,
      Diagnostics diagnostics) {
    Optional<SiteWriter.Staging> staging =
        SiteWriter.open(project.out(), List.of(project.content(), project.templates()), diagnostics);
    if (staging.isEmpty()) {
      return new BuildResult(readings, texts, notes, 0, false, List.of(), diagnostics);
    }
    AtomicInteger pages = new AtomicInteger();
    try {
      renderer.render(edition, diagnostics, page -> {
        staging.get().accept(page);
        pages.incrementAndGet();
      }, progress);
    } catch (RuntimeException | Error e) {
      staging.get().abandon(diagnostics);
      throw e;
    }
    progress.stage("replace the site", 0);
    boolean written;
    if (diagnostics.hasErrors()) {
      staging.get().abandon(diagnostics);
      written = false;
    } else {
      written = staging.get().commit(diagnostics);
    }
    return new BuildResult(readings, texts, notes, pages.get(), written, List.of(), diagnostics);
  }

  /** Clean, structure and annotate one reading. */
  private static AnnotatedReading perReading(Cleaner cleaner, Annotator annotator, Source source, Diagnostics d) {
    return annotator.annotate(Structurer.structure(cleaner.clean(source, d), d), d);
  }
}
