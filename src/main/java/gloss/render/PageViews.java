package gloss.render;

import java.util.List;

/** The views of the edition-wide pages: about, timeline, search, the educators' packet, 404. */
final class PageViews {
  private PageViews() {}

  /** {@code about.mustache}: how the edition was made. */
  record About(
      Chrome chrome,
      String method,
      List<Rule> rules,
      List<Source> sources,
      int readings,
      int entries,
      int passageNotes,
      String mentionPolicy) {}

  /** A cleaning rule as the about page explains it. */
  record Rule(String id, String description) {}

  /** One reading's provenance and a link to its cleaning report. */
  record Source(
      String title, String href, String fileName, String originalName, String sha256, String reportHref,
      long dropped, long changed, long suspicious) {}

  /** {@code timeline.mustache}. */
  record Timeline(Chrome chrome, String svg, List<Row> rows) {}

  /** One line of the timeline's list, which carries the same facts as the picture. */
  record Row(String date, String dateIso, String label, String href, String kind, String note) {}

  /** {@code search.mustache}. */
  record Search(Chrome chrome, int records) {}

  /** {@code packet.mustache}: every reading with its questions and key terms, for print. */
  record Packet(Chrome chrome, String heading, List<PacketPart> parts, List<PacketReading> readings) {}

  /** One page of a packet split into parts; {@code current} marks the page it is on. */
  record PacketPart(String href, String label, boolean current) {}

  /** One reading in the packet. */
  record PacketReading(
      int number, String anchor, String title, String meta, String href, String advisory, List<String> questions,
      List<Link> keyTerms, Html body) {}

  /** {@code notfound.mustache}. */
  record NotFound(Chrome chrome) {}
}
