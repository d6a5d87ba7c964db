package gloss.clean;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code mojibake}: UTF-8 text that was once read as Windows-1252, such as "didnâ€™t" for "didn’t".
 * The line is repaired only when the whole of it converts back without loss; otherwise it is
 * flagged. A closing quotation mark whose last byte was lost ("â€" for "”") is put back only where
 * it stands in a closing mark's place.
 */
final class MojibakeRule implements DebrisRule {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final String UNDEFINED = "\u0081\u008D\u008F\u0090\u009D";

  @Override
  public String id() {
    return "mojibake";
  }

  @Override
  public String description() {
    return "UTF-8 read as Windows-1252 (\"â€™\" for \"’\"), repaired when certain";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text();
    if (!text.contains("â€") && !text.contains("Ã") && !text.contains("Â")) {
      return Verdict.KEEP;
    }
    CharsetEncoder encoder =
        WINDOWS_1252.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String restored = restoreClosingQuotes(text);
    try {
      ByteBuffer bytes = encode(restored, encoder);
      String repaired =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      if (!repaired.equals(text)) {
        return Verdict.repair(repaired, restored.equals(text)
            ? "UTF-8 that had been read as Windows-1252"
            : "UTF-8 that had been read as Windows-1252 (a closing quotation mark had lost its last byte)");
      }
    } catch (CharacterCodingException e) {
      return Verdict.suspicious("characters that look like damaged encoding; not certain enough to repair");
    }
    return Verdict.KEEP;
  }

  /**
   * "”" is the bytes E2 80 9D; Windows-1252 has no character for 9D, so pages show it as "â€"
   * and the last byte is lost. Where "â€" stands in a closing quotation mark's place, after a
   * word or punctuation and before a space, punctuation or the end of the line, it is put back as
   * {@code U+009D} so that the line can be converted as a whole; anywhere else it stays as it is
   * and the line is only flagged.
   */
  static String restoreClosingQuotes(String text) {
    StringBuilder out = null;
    int from = 0;
    int at = text.indexOf("â€");
    while (at >= 0) {
      int after = at + 2;
      boolean closingPlace = at > 0 && !Character.isWhitespace(text.charAt(at - 1))
          && (after == text.length() || !completesSequence(text.charAt(after))
              && (Character.isWhitespace(text.charAt(after)) || ".,;:!?)".indexOf(text.charAt(after)) >= 0));
      if (closingPlace) {
        if (out == null) {
          out = new StringBuilder(text.length() + 4);
        }
        out.append(text, from, after).append('\u009D');
        from = after;
      }
      at = text.indexOf("â€", after);
    }
    return out == null ? text : out.append(text, from, text.length()).toString();
  }

  /**
   * Windows-1252 bytes of {@code text}, where the C1 characters {@code U+0081}, {@code U+008D},
   * {@code U+008F}, {@code U+0090} and {@code U+009D} stand for the bytes that Windows-1252 leaves
   * undefined (a page that shows UTF-8 as Windows-1252 passes them through as those characters).
   */
  private static ByteBuffer encode(String text, CharsetEncoder encoder) throws CharacterCodingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    int from = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || UNDEFINED.indexOf(text.charAt(i)) >= 0) {
        ByteBuffer segment = encoder.encode(CharBuffer.wrap(text, from, i));
        out.write(segment.array(), segment.arrayOffset() + segment.position(), segment.remaining());
        if (i < text.length()) {
          out.write(text.charAt(i));
        }
        from = i + 1;
      }
    }
    return ByteBuffer.wrap(out.toByteArray());
  }

  /** A character that Windows-1252 shows for a UTF-8 continuation byte (80 to BF). */
  private static boolean completesSequence(char c) {
    if (c >= '\u00A0' && c <= '\u00BF') {
      return true;
    }
    byte[] bytes = String.valueOf(c).getBytes(WINDOWS_1252);
    return bytes.length == 1 && (bytes[0] & 0xFF) >= 0x80 && (bytes[0] & 0xFF) <= 0xBF && c != '?';
  }
}
