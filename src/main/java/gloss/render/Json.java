package gloss.render;

/**
 * A small writer of JSON text for the few machine-readable files the site publishes (cleaning
 * reports, the search index). Keys keep the order they are written in, so output is deterministic.
 */
final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final StringBuilder out;
  private boolean needsComma;

  Json() {
    this(64);
  }

  /** A writer with room for {@code capacity} characters before it grows. */
  Json(int capacity) {
    out = new StringBuilder(capacity);
  }

  Json open() {
    separate();
    out.append('{');
    needsComma = false;
    return this;
  }

  Json close() {
    out.append('}');
    needsComma = true;
    return this;
  }

  Json openArray() {
    separate();
    out.append('[');
    needsComma = false;
    return this;
  }

  Json closeArray() {
    out.append(']');
    needsComma = true;
    return this;
  }

  /** Writes {@code "name":} before the value that follows. */
  Json key(String name) {
    separate();
    string(name);
    out.append(':');
    needsComma = false;
    return this;
  }

  Json value(String text) {
    separate();
    if (text == null) {
      out.append("null");
    } else {
      string(text);
    }
    needsComma = true;
    return this;
  }

  Json value(long number) {
    separate();
    out.append(number);
    needsComma = true;
    return this;
  }

  Json field(String name, String text) {
    return key(name).value(text);
  }

  Json field(String name, long number) {
    return key(name).value(number);
  }

  private void separate() {
    if (needsComma) {
      out.append(',');
      needsComma = false;
    }
  }

  /** A JSON string; also escapes {@code <} and {@code >} so the text is safe inside a script file. */
  private void string(String text) {
    out.append('"');
    int run = 0; // start of the characters not yet copied, copied in runs: most text needs no escape
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c > '>' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue; // letters and most else: nothing to escape, and no switch to go through
      }
      String escaped = switch (c) {
        case '"' -> "\\\"";
        case '\\' -> "\\\\";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\t' -> "\\t";
        case '<' -> "\\u003c";
        case '>' -> "\\u003e";
        case '&' -> "\\u0026";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> c < 0x20 ? "\\u00" + HEX[c >> 4] + HEX[c & 0xF] : null;
      };
      if (escaped != null) {
        out.append(text, run, i).append(escaped);
        run = i + 1;
      }
    }
    out.append(text, run, text.length()).append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
