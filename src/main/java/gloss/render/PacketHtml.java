package gloss.render;

/**
 * A reading's page HTML moved to the site's root for the educators' packet: ids get a per-reading
 * prefix so that the readings' {@code #p1} do not collide, links out of {@code readings/} are
 * rebased, and section headings go down a level ({@code h2} to {@code h3}) under the reading's own
 * heading.
 *
 * <p>Works on the serialised HTML in one pass instead of editing a DOM and serialising it a second
 * time (the second serialisation was a tenth of a large build). That is safe because the input is
 * Jsoup's own output: in it a {@code <} outside a tag is always escaped, and every attribute value
 * is double-quoted with any {@code "} inside escaped, so tags and their {@code id} and {@code
 * href} attributes can be found without parsing.
 */
final class PacketHtml {
  private PacketHtml() {}

  static String of(String pageHtml, String prefix) {
    StringBuilder out = new StringBuilder(pageHtml.length() + pageHtml.length() / 4);
    int i = 0;
    int n = pageHtml.length();
    while (i < n) {
      int open = pageHtml.indexOf('<', i);
      if (open < 0) {
        out.append(pageHtml, i, n);
        break;
      }
      out.append(pageHtml, i, open);
      i = tag(pageHtml, open, prefix, out);
    }
    return out.toString();
  }

  /** Copies the tag at {@code open}, rewritten; returns the index after it. */
  private static int tag(String html, int open, String prefix, StringBuilder out) {
    int n = html.length();
    int nameStart = open + 1 + (open + 1 < n && html.charAt(open + 1) == '/' ? 1 : 0);
    int nameEnd = nameStart;
    while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
      nameEnd++;
    }
    boolean h2 = nameEnd - nameStart == 2 && html.startsWith("h2", nameStart);
    boolean anchor = nameEnd - nameStart == 1 && html.charAt(nameStart) == 'a';
    out.append(html, open, h2 ? nameStart : nameEnd);
    if (h2) {
      out.append("h3");
    }
    int i = nameEnd;
    int run = i; // start of the characters not yet copied: copied in runs, as most stay as they are
    while (i < n) {
      char c = html.charAt(i);
      if (c == '>') {
        out.append(html, run, i + 1);
        return i + 1;
      }
      if (c == '"') { // a quoted value is copied as it is
        int close = html.indexOf('"', i + 1);
        i = close < 0 ? n : close + 1;
        continue;
      }
      if (c == ' ' && html.startsWith(" id=\"", i)) {
        int value = i + 5;
        int close = html.indexOf('"', value);
        out.append(html, run, i).append(" id=\"").append(prefix).append(html, value, close + 1);
        i = close + 1;
        run = i;
        continue;
      }
      if (c == ' ' && anchor && html.startsWith(" href=\"", i)) {
        int value = i + 7;
        int close = html.indexOf('"', value);
        out.append(html, run, i).append(" href=\"").append(rebased(html.substring(value, close), prefix)).append('"');
        i = close + 1;
        run = i;
        continue;
      }
      i++;
    }
    out.append(html, run, n);
    return n;
  }

  /** A link of a reading's page as the packet, one folder up, needs it. */
  static String rebased(String href, String prefix) {
    if (href.startsWith("#")) {
      return "#" + prefix + href.substring(1);
    }
    if (href.startsWith("../")) {
      return href.substring(3);
    }
    if (!href.contains("/") && !href.contains(":")) {
      return "readings/" + href;
    }
    return href;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
  }
}
