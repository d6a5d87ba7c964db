package gloss.load;

import gloss.diag.Diagnostics;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a scraped text into lines of Unicode text, or refuses them with a reason.
 *
 * <p>Reads UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark; bytes that
 * are not valid UTF-8 are read as Windows-1252, the usual charset of older web pages, with a
 * warning. Line endings (CRLF, CR, LF, even mixed) become LF, so line numbers match what an editor
 * shows. Refuses empty and whitespace-only texts, texts with NUL or other control bytes (binary
 * files), bytes that no supported charset can read, and texts over {@value #MAX_BYTES} bytes.
 */
final class TextDecoder {
  static final int MAX_BYTES = 64 * 1024 * 1024;
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoder() {}

  /** The decoded text with LF line endings, or empty after reporting why it cannot be read. */
  static Optional<String> decode(byte[] bytes, String path, Diagnostics diagnostics) {
    if (bytes.length > MAX_BYTES) {
      diagnostics.error(
          path, 0, "text is " + bytes.length / (1024 * 1024) + " MB, over the 64 MB limit");
      return Optional.empty();
    }
    String text;
    if (startsWith(bytes, 0xFE, 0xFF)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16BE).orElse(null);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = strict(bytes, 2, StandardCharsets.UTF_16LE).orElse(null);
    } else {
      int nul = indexOf(bytes, (byte) 0);
      if (nul >= 0) {
        diagnostics.error(
            path, lineAt(bytes, nul), "binary content: a NUL byte; is this a text file?");
        return Optional.empty();
      }
      int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
      Optional<String> utf8 = strict(bytes, skip, StandardCharsets.UTF_8);
      if (utf8.isPresent()) {
        text = utf8.get();
      } else {
        text = strict(bytes, skip, WINDOWS_1252).orElse(null);
        if (text == null) {
          diagnostics.error(
              path, lineAt(bytes, firstInvalidUtf8(bytes)),
              "undecodable bytes: neither UTF-8 nor Windows-1252");
          return Optional.empty();
        }
        diagnostics.warn(
            path, lineAt(bytes, firstInvalidUtf8(bytes)),
            "not valid UTF-8; read as Windows-1252");
      }
    }
    if (text == null) {
      diagnostics.error(path, 1, "undecodable bytes after a UTF-16 byte-order mark");
      return Optional.empty();
    }
    String normalized = LineEndings.normalize(text);
    int control = firstControl(normalized);
    if (control >= 0) {
      diagnostics.error(
          path, lineOf(normalized, control),
          String.format("binary content: control character U+%04X", (int) normalized.charAt(control)));
      return Optional.empty();
    }
    if (normalized.isBlank()) {
      diagnostics.error(path, 1, "empty text: nothing to read");
      return Optional.empty();
    }
    return Optional.of(normalized);
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    if (charset == StandardCharsets.UTF_8) {
      // String's own decoder is much the quicker, and writes U+FFFD for any malformed sequence:
      // without one in its result, the bytes were valid UTF-8, and that result is the strict one
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return Optional.of(text);
      }
    }
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static int firstInvalidUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      var result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        return 0;
      }
      out.clear();
    }
  }

  /**
   * The first C0 or C1 control character other than tab, newline and form feed, or -1. The five C1
   * characters that stand for bytes Windows-1252 leaves undefined (81, 8D, 8F, 90, 9D) are allowed
   * right after a Latin-1 letter or "€": that is mojibake ("â€\u009D" for "”"), which the cleaner's
   * {@code mojibake} rule repairs, not binary data.
   */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\t' && c != '\f') || (c >= 0x7F && c < 0xA0)) {
        if (!(undefinedInWindows1252(c) && i > 0 && (text.charAt(i - 1) >= 0xA0))) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean undefinedInWindows1252(char c) {
    return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == wanted) {
        return i;
      }
    }
    return -1;
  }

  private static int lineAt(byte[] bytes, int index) {
    int line = 1;
    for (int i = 0; i < index && i < bytes.length; i++) {
      if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
