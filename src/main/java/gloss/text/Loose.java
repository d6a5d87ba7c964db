package gloss.text;

/**
 * Text compared loosely: curly and straight quotation marks, dashes and the various spaces count as
 * the same character, so that a sidecar typed on an ordinary keyboard matches a scraped text set
 * with typographic marks. The length of the text is kept, so offsets carry over.
 */
public final class Loose {
  private Loose() {}

  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(switch (c) {
        case '‘', '’', '`', '′' -> '\'';
        case '“', '”', '«', '»', '„', '″' -> '"';
        case '–', '—', '‐', '‑', '−' -> '-';
        case '\u00A0', '\u2009', '\u202F', '\u2007' -> ' ';
        default -> c;
      });
    }
    return out.toString();
  }
}
