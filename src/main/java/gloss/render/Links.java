package gloss.render;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A last guard on links in rendered Markdown: only relative links, fragments, http(s) and mailto
 * survive; anything else ({@code javascript:}, {@code data:}) loses its {@code href}. External
 * links open as ordinary links with {@code rel="noopener"}.
 */
final class Links {
  private Links() {}

  static void sanitize(Element root) {
    for (Element a : root.select("a[href]")) {
      String href = a.attr("href").strip();
      String lower = href.toLowerCase(Locale.ROOT);
      int colon = lower.indexOf(':');
      int slash = lower.indexOf('/');
      boolean hasScheme = colon >= 0 && (slash < 0 || colon < slash);
      if (lower.startsWith("http://") || lower.startsWith("https://")) {
        a.attr("rel", "noopener external");
      } else if (hasScheme && !lower.startsWith("mailto:")) {
        a.removeAttr("href");
      }
    }
    for (Element img : root.select("img")) {
      img.remove();
    }
  }
}
