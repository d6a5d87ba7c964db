package gloss.render;

import gloss.text.EditionDate;
import java.util.List;
import java.util.Locale;

/**
 * The timeline as an SVG picture drawn at build time: a vertical line, a dot per item (filled for
 * readings, hollow for events), the year where it changes, and each item's date and label linking
 * to its page. Items are evenly spaced, so decades-apart events do not squash the months that the
 * readings cover; the dates are written out beside each dot.
 *
 * <p>The picture is for the eye and the mouse: it is hidden from assistive technology and its links
 * are out of the tab order, because the list beside it holds the same items and links as text.
 */
final class TimelineSvg {
  private static final int ROW = 30;
  private static final int TOP = 24;
  private static final int WIDTH = 760;
  private static final int AXIS = 72;

  private TimelineSvg() {}

  /** One dated thing on the timeline. */
  record Item(EditionDate date, String label, String href, boolean reading) {}

  /** The SVG element; every text is escaped; links are relative to the page it sits on. */
  static String draw(List<Item> items, String title) {
    int height = TOP * 2 + Math.max(1, items.size()) * ROW;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT,
        "<svg class=\"timeline-svg\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" aria-hidden=\"true\" focusable=\"false\">",
        WIDTH, height));
    svg.append("<title id=\"timeline-svg-title\">").append(escape(title)).append("</title>");
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
        AXIS, TOP - 8, AXIS, height - TOP + 8));
    int previousYear = Integer.MIN_VALUE;
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      int y = TOP + i * ROW + ROW / 2;
      if (item.date().year() != previousYear) {
        svg.append("<text class=\"year\" x=\"").append(AXIS - 14).append("\" y=\"").append(y + 5)
            .append("\" text-anchor=\"end\">").append(item.date().year()).append("</text>");
        previousYear = item.date().year();
      }
      svg.append("<a tabindex=\"-1\" href=\"").append(escape(item.href())).append("\">");
      svg.append("<circle class=\"").append(item.reading() ? "dot-reading" : "dot-event").append("\" cx=\"").append(AXIS)
          .append("\" cy=\"").append(y).append("\" r=\"6\"/>");
      String label = item.date().display() + " · " + item.label();
      if (label.length() > 90) {
        label = label.substring(0, 89) + "…";
      }
      svg.append("<text class=\"").append(item.reading() ? "label-reading" : "label-event").append("\" x=\"").append(AXIS + 16)
          .append("\" y=\"").append(y + 5).append("\">").append(escape(label)).append("</text></a>");
    }
    return svg.append("</svg>").toString();
  }

  private static String escape(String text) {
    return Xml.escape(text);
  }
}
