package gloss;

import gloss.annotate.AnnotatedReading;
import gloss.annotate.Annotator;
import gloss.annotate.Catalog;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.diag.Progress;
import gloss.link.Linker;
import gloss.load.EditionConfig.MentionPolicy;
import gloss.load.Note;
import gloss.load.ParseCache;
import gloss.load.Source;
import gloss.load.TemplateSet;
import gloss.render.RenderCache;
import gloss.render.Renderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The results of the per-reading stages (clean, structure, annotate) of the last build, so that a
 * rebuild redoes only the readings whose inputs changed.
 *
 * <p>A reading's key is its {@link Source}: the decoded text, the parsed sidecar, the path and the
 * checksum, compared by value. Everything else those stages read is the notes catalogue and the
 * mention policy; when either changes, every reading is redone. The diagnostics a reading produced
 * are kept with it and reported again, so a rebuild reports exactly what a full build would.
 * Results of readings that are gone are dropped after each build.
 */
final class StageCache {
  private record Done(AnnotatedReading reading, List<Diagnostic> diagnostics) {}

  private record Catalogue(List<Note> notes, MentionPolicy policy, Annotator annotator, List<Diagnostic> diagnostics) {}

  private final boolean keep;
  private final RenderCache renderCache;
  private final ParseCache parseCache;
  private final Linker.Memo linkMemo = new Linker.Memo();
  private Catalogue catalogue;
  private Map<Source, Done> readings = new ConcurrentHashMap<>();

  /** A cache for one build ({@code keep} false: the HTML is not kept) or for many. */
  StageCache(boolean keep) {
    this.keep = keep;
    this.renderCache = keep ? new RenderCache() : RenderCache.none();
    this.parseCache = keep ? new ParseCache() : ParseCache.none();
  }

  /** Whether results are kept for a next build; false for a one-off build. */
  boolean keeps() {
    return keep;
  }

  /** What loading made of each file last time, for files whose bytes are the same. */
  ParseCache parseCache() {
    return parseCache;
  }

  /** The related readings of the last link. */
  Linker.Memo linkMemo() {
    return linkMemo;
  }

  /** The annotator for these notes, made again only when the notes or the policy changed. */
  synchronized Annotator annotator(List<Note> notes, MentionPolicy policy, Diagnostics diagnostics) {
    if (catalogue == null || catalogue.policy() != policy || !catalogue.notes().equals(notes)) {
      Diagnostics local = new Diagnostics();
      Annotator annotator = new Annotator(Catalog.of(notes, local), policy);
      catalogue = new Catalogue(notes, policy, annotator, local.all());
      readings = new ConcurrentHashMap<>();
    }
    catalogue.diagnostics().forEach(diagnostics::add);
    return catalogue.annotator();
  }

  /** A renderer for these templates that reuses the per-reading HTML of the previous build. */
  Renderer renderer(TemplateSet templates) {
    return new Renderer(templates, renderCache);
  }

  /**
   * Every source through {@code stages} (in parallel), or its result from the previous build when
   * the source is the same; the results are in the order of {@code sources}.
   */
  synchronized List<AnnotatedReading> readings(
      List<Source> sources, BiFunction<Source, Diagnostics, AnnotatedReading> stages,
      Progress progress, Diagnostics diagnostics) {
    if (!keep) {
      // a one-off build: nothing to look up, nothing to keep (and no text hashed for a key)
      List<Done> done = sources.parallelStream()
          .map(source -> {
            Diagnostics local = new Diagnostics();
            Done result = new Done(stages.apply(source, local), local.all());
            progress.advance();
            return result;
          })
          .toList();
      done.forEach(d -> d.diagnostics().forEach(diagnostics::add));
      return done.stream().map(Done::reading).toList();
    }
    Map<Source, Done> previous = readings;
    Map<Source, Done> next = new ConcurrentHashMap<>();
    List<Done> done = sources.parallelStream()
        .map(source -> {
          Done result = previous.get(source);
          if (result == null) {
            Diagnostics local = new Diagnostics();
            result = new Done(stages.apply(source, local), local.all());
          }
          next.put(source, result);
          progress.advance();
          return result;
        })
        .toList();
    readings = next;
    done.forEach(d -> d.diagnostics().forEach(diagnostics::add));
    return done.stream().map(Done::reading).toList();
  }
}
