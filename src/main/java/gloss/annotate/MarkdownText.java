package gloss.annotate;

/**
 * Escaping of scraped text and note text for Markdown, so that it renders as the same text and
 * never as markup: emphasis, links, footnote syntax, raw HTML, headings, lists, entities or
 * template syntax in a scraped line all come out literally.
 */
public final class MarkdownText {
  private static final String ESCAPED = "\\`*_[]<>#|{}~&!$^";
  /** The characters {@link #escape} may change: {@link #ESCAPED}, line ends, list markers, ":". */
  private static final boolean[] MAYBE = new boolean[128];

  static {
    for (char c : (ESCAPED + "\n\r-+=.):").toCharArray()) {
      MAYBE[c] = true;
    }
  }

  private MarkdownText() {}

  /** {@code text} (one line) as Markdown inline text that renders to exactly {@code text}. */
  public static String escape(String text) {
    int leadingDigits = 0;
    while (leadingDigits < text.length() && Character.isDigit(text.charAt(leadingDigits))) {
      leadingDigits++;
    }
    StringBuilder out = null; // made at the first character to change: most lines need none
    int run = 0; // start of the characters not yet copied
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c >= MAYBE.length || !MAYBE[c]) {
        continue;
      }
      boolean newline = c == '\n' || c == '\r';
      boolean listMarker =
          (i == 0 && (c == '-' || c == '+' || c == '='))
              || (i == leadingDigits && leadingDigits > 0 && (c == '.' || c == ')'));
      // "]:" too: Flexmark reads a footnote definition's label up to the last "]:" of its line
      boolean afterBracket = c == ':' && i > 0 && text.charAt(i - 1) == ']';
      boolean escaped = ESCAPED.indexOf(c) >= 0 || listMarker || afterBracket;
      if (!newline && !escaped) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(n + 16);
      }
      out.append(text, run, i);
      if (newline) {
        out.append(' ');
      } else {
        out.append('\\').append(c);
      }
      run = i + 1;
    }
    return out == null ? text : out.append(text, run, text.length()).toString();
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
