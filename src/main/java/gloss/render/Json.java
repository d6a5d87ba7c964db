package gloss.render;

/**
 * A small writer of JSON text for the few machine-readable files the site publishes (cleaning
 * reports, the search index). Keys keep the order they are written in, so output is deterministic.
 */
final class Json {
  private final StringBuilder out = new StringBuilder();
  private boolean needsComma;

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
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
