package gloss.text;

/**
 * Control characters made visible: a scraped line may keep one (a byte that Windows-1252 leaves
 * undefined, passed through as {@code U+009D}), and HTML may not contain them. Shown as {@code
 * <U+009D>}, so a maintainer reading a cleaning report sees what the text holds.
 */
public final class Controls {
  private Controls() {}

  public static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c < 0xA0);
      if (control && out == null) {
        out = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (out != null) {
        if (control) {
          out.append(String.format("<U+%04X>", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
