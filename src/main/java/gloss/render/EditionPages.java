package gloss.render;

import gloss.annotate.AnnotatedReading;
import gloss.clean.CleaningReport;
import gloss.clean.ReportEntry;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.link.Edition;
import gloss.load.Note;
import gloss.structure.Metadata;
import gloss.text.EditionDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pages about the edition as a whole: about, timeline, search, the educators' packet, the 404
 * page, the Atom feed and the sitemap.
 */
final class EditionPages {
  private final Templates templates;
  private final MarkdownRenderer markdown;
  private final RenderCache cache;

  EditionPages(Templates templates, MarkdownRenderer markdown, RenderCache cache) {
    this.templates = templates;
    this.markdown = markdown;
    this.cache = cache;
  }

  /** How many readings one page of the educators' packet holds. */
  static final int PACKET_PART = 100;

  /** Everything but the packet, which {@link #packet} makes a part at a time, to {@code out}. */
  void render(Edition edition, Diagnostics diagnostics, PageSink out) {
    List<Page> pages = new ArrayList<>();
    pages.add(html("about.html", templates.page("about", about(edition), "the about page", diagnostics)));
    pages.add(new Page("timeline.html", timelinePage(edition, diagnostics)));
    pages.add(html("search.html", templates.page("search", search(edition), "the search page", diagnostics)));
    pages.add(html("404.html", templates.page("notfound",
        new PageViews.NotFound(Renderer.chrome(edition, "Page not found", "", "This page does not exist.")),
        "the 404 page", diagnostics)));
    pages.add(new Page("feed.xml", Feeds.atom(edition).getBytes(StandardCharsets.UTF_8)));
    pages.forEach(out::accept);
    SearchIndex.write(edition, cache, out);
  }

  private static Page html(String path, Optional<byte[]> html) {
    return new Page(path, html.orElse(new byte[0]));
  }

  private PageViews.About about(Edition edition) {
    List<PageViews.Rule> rules = Rules.standard().describe().stream()
        .map(d -> new PageViews.Rule(d.id(), d.description())).toList();
    List<PageViews.Source> sources = new ArrayList<>();
    int passageNotes = 0;
    for (AnnotatedReading r : edition.readings()) {
      var source = r.reading().source();
      CleaningReport report = r.reading().report();
      passageNotes += source.sidecar().notes().size();
      sources.add(new PageViews.Source(r.reading().meta().title(), "readings/" + r.id() + ".html",
          source.fileName(), source.sidecar().originalName().orElse(null), source.sha256(),
          "reports/" + r.id() + ".html", report.count(ReportEntry.Action.DROPPED),
          report.count(ReportEntry.Action.CUT) + report.count(ReportEntry.Action.REPAIRED),
          report.count(ReportEntry.Action.SUSPICIOUS)));
    }
    String method = edition.config().method().map(markdown::fragment).orElse(null);
    return new PageViews.About(
        Renderer.chrome(edition, "About this edition", "", "How " + edition.config().title() + " was made"),
        method, rules, sources, edition.readings().size(), edition.notes().size(), passageNotes,
        switch (edition.config().mentions()) {
          case FIRST_FOOTNOTE -> "The first mention of an entry in a reading carries a footnote with a one-sentence"
              + " gloss, and every mention links to the entry's page.";
          case LINKS_ONLY -> "Every mention links to the entry's page.";
          case OFF -> "Mentions are not marked in the readings; the index lists the entries.";
        });
  }

  /** Events from the event notes and the readings' dates, in date order; undated ones are left out. */
  static List<TimelineSvg.Item> timelineItems(Edition edition, String root) {
    List<TimelineSvg.Item> items = new ArrayList<>();
    for (Note note : edition.notes()) {
      if (note.kind() == Note.Kind.EVENT) {
        note.date().or(note::start).ifPresent(date ->
            items.add(new TimelineSvg.Item(date, note.name(), root + "entries/" + note.id() + ".html", false)));
      }
    }
    for (AnnotatedReading r : edition.readings()) {
      Metadata meta = r.reading().meta();
      meta.date().ifPresent(date ->
          items.add(new TimelineSvg.Item(date, "Reading: " + meta.title(), root + "readings/" + r.id() + ".html", true)));
    }
    items.sort(Comparator.comparing((TimelineSvg.Item item) -> endOfPeriod(item.date()))
        .thenComparing(TimelineSvg.Item::reading).thenComparing(TimelineSvg.Item::label));
    return items;
  }

  /**
   * Where an imprecise date sits on the timeline: at the end of its month or year, since a reading
   * dated only "July 2022" was published after the dated events of that month that it describes.
   */
  private static int endOfPeriod(EditionDate date) {
    return date.year() * 10_000 + (date.month() == 0 ? 13 : date.month()) * 100 + (date.day() == 0 ? 32 : date.day());
  }

  /**
   * The timeline page, made again only when the templates, the settings, the notes or a reading's
   * id, title or date changed: an edit of a reading's text leaves it as it was.
   */
  private byte[] timelinePage(Edition edition, Diagnostics diagnostics) {
    List<Object> dated = new ArrayList<>();
    for (AnnotatedReading r : edition.readings()) {
      dated.add(List.of(r.id(), r.reading().meta().title(), r.reading().meta().date().map(Object.class::cast).orElse("")));
    }
    Object key = List.of("timeline-page", templates.fingerprint(), cache.token("config", edition.config()),
        cache.token("notes", edition.notes()), dated);
    byte[] page = cache.get(key, () -> templates.page("timeline", timeline(edition), "the timeline", diagnostics).orElse(null));
    return page == null ? new byte[0] : page;
  }

  private PageViews.Timeline timeline(Edition edition) {
    List<TimelineSvg.Item> items = timelineItems(edition, "");
    List<PageViews.Row> rows = new ArrayList<>();
    for (TimelineSvg.Item item : items) {
      String note = null;
      if (!item.reading()) {
        String id = item.href().substring("entries/".length(), item.href().length() - ".html".length());
        note = edition.note(id).map(n -> n.end().map(end -> "until " + end.display()).orElse(null)).orElse(null);
      }
      rows.add(new PageViews.Row(item.date().display(), item.date().iso(), item.label(), item.href(),
          item.reading() ? "reading" : "event", note));
    }
    return new PageViews.Timeline(
        Renderer.chrome(edition, "Timeline", "", "The events and readings of " + edition.config().title() + " in order"),
        TimelineSvg.draw(items, "Timeline of " + edition.config().title()), rows);
  }

  private PageViews.Search search(Edition edition) {
    int records = edition.readings().size() + edition.notes().size()
        + edition.readings().stream().mapToInt(r -> r.reading().paragraphs().size()).sum();
    return new PageViews.Search(
        Renderer.chrome(edition, "Search", "", "Search the readings and entries of " + edition.config().title()), records);
  }

  /** How many pages the packet has: one for every {@value #PACKET_PART} readings, and at least one. */
  static int packetParts(int readings) {
    return Math.max(1, (readings + PACKET_PART - 1) / PACKET_PART);
  }

  /** The file of part {@code part} (from 0) of the packet: {@code packet.html}, then {@code packet-2.html}... */
  static String packetPath(int part) {
    return part == 0 ? "packet.html" : "packet-" + (part + 1) + ".html";
  }

  /**
   * Part {@code part} of the educators' packet: readings {@code part * PACKET_PART + 1} onwards,
   * whose bodies, as {@link PacketHtml} makes them, are {@code bodies}. A small edition has one part, {@code packet.html}; a large
   * one is split so that no page grows to hundreds of megabytes, each part linking the others.
   */
  Optional<byte[]> packet(Edition edition, int part, List<Html> bodies, Diagnostics diagnostics) {
    int from = part * PACKET_PART;
    List<PageViews.PacketReading> readings = new ArrayList<>();
    for (int i = 0; i < bodies.size(); i++) {
      AnnotatedReading r = edition.readings().get(from + i);
      Metadata meta = r.reading().meta();
      List<String> parts = new ArrayList<>();
      meta.source().ifPresent(parts::add);
      meta.author().ifPresent(parts::add);
      meta.date().map(EditionDate::display).ifPresent(parts::add);
      int number = from + i + 1;
      readings.add(new PageViews.PacketReading(number, "r" + number, meta.title(), String.join(" · ", parts),
          "readings/" + r.id() + ".html", meta.advisory().orElse(null),
          Renderer.questions(r, markdown, cache), Renderer.keyTerms(edition, r, ""),
          bodies.get(i)));
    }
    int total = edition.readings().size();
    int count = packetParts(total);
    List<PageViews.PacketPart> partLinks = new ArrayList<>();
    if (count > 1) {
      for (int p = 0; p < count; p++) {
        int first = p * PACKET_PART + 1;
        int last = Math.min(total, (p + 1) * PACKET_PART);
        partLinks.add(new PageViews.PacketPart(packetPath(p), "Readings " + first + "–" + last, p == part));
      }
    }
    String title = count > 1 ? "For educators, part " + (part + 1) + " of " + count : "For educators";
    PageViews.Packet view = new PageViews.Packet(
        Renderer.chrome(edition, title, "", "Every reading of " + edition.config().title()
            + " with questions and key terms, ready to print"),
        title, partLinks, readings);
    return templates.page("packet", view, "the educators' packet", diagnostics);
  }
}
