package gloss.render;

import java.util.List;

/** The view of {@code reading.mustache}: one reading with its apparatus and links. */
public record ReadingView(
    Chrome chrome,
    int number,
    int total,
    String title,
    String titleNote,
    String date,
    String dateIso,
    String dateNote,
    String source,
    String author,
    String url,
    String dateline,
    String credits,
    String advisory,
    String fileName,
    String originalName,
    String sha256,
    int words,
    int minutes,
    Html body,
    List<Group> entries,
    List<Link> related,
    Link previous,
    Link next,
    String markdownHref,
    String reportHref,
    String readability,
    List<String> questions,
    List<Link> keyTerms,
    List<Citations.Citation> citations,
    String jsonLd) {

  /** Entries of one kind mentioned in the reading. */
  public record Group(String kind, List<Link> entries) {}
}
