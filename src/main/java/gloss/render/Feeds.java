package gloss.render;

import gloss.annotate.AnnotatedReading;
import gloss.link.Edition;
import gloss.structure.Metadata;
import gloss.text.EditionDate;
import java.util.List;
import java.util.Optional;

/**
 * The Atom feed and the sitemap. Both are derived only from content, never from the clock, so two
 * builds are identical: an entry's {@code updated} is its reading's date (the first of the period
 * when only a month or year is known), and ids are {@code tag:} URIs that need no host.
 */
final class Feeds {
  private Feeds() {}

  static String atom(Edition edition) {
    Optional<String> base = edition.config().siteUrl();
    String feedId = "tag:gloss.invalid,2026:" + slug(edition.config().title());
    String latest = edition.readings().stream().map(r -> r.reading().meta().date())
        .flatMap(Optional::stream).max(EditionDate::compareTo).map(Feeds::timestamp).orElse("2000-01-01T00:00:00Z");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    base.ifPresent(b -> xml.append(" xml:base=\"").append(escape(b)).append('"'));
    xml.append(">\n");
    xml.append("  <title>").append(escape(edition.config().title())).append("</title>\n");
    edition.config().subtitle().ifPresent(s -> xml.append("  <subtitle>").append(escape(s)).append("</subtitle>\n"));
    xml.append("  <id>").append(feedId).append("</id>\n");
    xml.append("  <updated>").append(latest).append("</updated>\n");
    xml.append("  <link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n");
    xml.append("  <link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>\n");
    List<String> editors = edition.config().editors();
    xml.append("  <author><name>").append(escape(editors.isEmpty() ? edition.config().title() : String.join(", ", editors)))
        .append("</name></author>\n");
    for (AnnotatedReading r : edition.readings()) {
      Metadata meta = r.reading().meta();
      xml.append("  <entry>\n");
      xml.append("    <title>").append(escape(meta.title())).append("</title>\n");
      xml.append("    <id>").append(feedId).append(":readings/").append(r.id()).append("</id>\n");
      xml.append("    <link rel=\"alternate\" type=\"text/html\" href=\"readings/").append(r.id()).append(".html\"/>\n");
      xml.append("    <updated>").append(meta.date().map(Feeds::timestamp).orElse(latest)).append("</updated>\n");
      meta.author().ifPresent(a -> xml.append("    <author><name>").append(escape(a)).append("</name></author>\n"));
      String summary = meta.summary().orElse(meta.source().map(s -> "From " + s + ".").orElse(meta.title()));
      xml.append("    <summary>").append(escape(summary)).append("</summary>\n");
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  /** {@code sitemap.xml} over the given page paths; absolute only when {@code site_url} is set. */
  static String sitemap(Edition edition, List<String> paths) {
    String base = edition.config().siteUrl().orElse("");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String path : paths) {
      xml.append("  <url><loc>").append(escape(base + path)).append("</loc></url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }

  private static String timestamp(EditionDate date) {
    return new EditionDate(date.year(), Math.max(1, date.month()), Math.max(1, date.day())).iso() + "T00:00:00Z";
  }

  private static String slug(String title) {
    String slug = gloss.text.Slugs.slugify(title);
    return slug.isEmpty() ? "edition" : slug;
  }

  private static String escape(String text) {
    return Xml.escape(text);
  }
}
