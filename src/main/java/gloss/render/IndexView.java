package gloss.render;

import java.util.List;

/** The view of {@code index.mustache}, the home page. */
public record IndexView(
    Chrome chrome,
    String title,
    String subtitle,
    String introduction,
    String editors,
    String licence,
    List<Card> readings,
    int entryCount) {

  /** One reading in the table of contents. */
  public record Card(
      int number, String href, String title, String date, String source, int minutes,
      String summary, String advisory) {}
}
