package gloss.render;

import java.util.List;

/** The view of {@code entry.mustache}: one note with every mention of it across the edition. */
public record EntryView(
    Chrome chrome,
    String name,
    String kind,
    String dates,
    String aliases,
    String gloss,
    String body,
    List<Occurrence> mentions,
    String appearsIn,
    List<Link> related,
    List<String> sources) {

  /** One mention, quoted in context, linking to its paragraph. */
  public record Occurrence(
      String href, String reading, int paragraph, String before, String surface, String after) {}
}
