package gloss.annotate;

/**
 * Escaping of scraped text and note text for Markdown, so that it renders as the same text and
 * never as markup: emphasis, links, footnote syntax, raw HTML, headings, lists, entities or
 * template syntax in a scraped line all come out literally.
 */
public final class MarkdownText {
  private static final String ESCAPED = "\\`*_[]<>#|{}~&!$^";

  private MarkdownText() {}

  /** {@code text} (one line) as Markdown inline text that renders to exactly {@code text}. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean listMarker =
          (i == 0 && (c == '-' || c == '+' || c == '='))
              || (i == leadingDigits && leadingDigits > 0 && (c == '.' || c == ')'));
      // "]:" too: Flexmark reads a footnote definition's label up to the last "]:" of its line
      boolean afterBracket = c == ':' && i > 0 && text.charAt(i - 1) == ']';
      if (ESCAPED.indexOf(c) >= 0 || listMarker || afterBracket) {
        out.append('\\');
      }
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A YAML double-quoted scalar holding {@code text} exactly. */
  public static String yamlString(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
