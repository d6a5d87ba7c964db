package gloss.render;

import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that keeps what it is given as UTF-8 bytes, for pages: the same bytes as writing to a
 * {@code StringBuilder} and then calling {@code toString().getBytes(UTF_8)}, in one pass instead of
 * three (the builder widening itself to two bytes a character at a page's first curly quotation
 * mark, the copy into a string, the encoding). Like {@code String.getBytes}, it writes a surrogate
 * without its other half as {@code ?}. Unsynchronised: one page, one thread.
 */
final class Utf8Writer extends Writer {
  /**
   * The buffers of the last writers this thread finished with, for the next: a build makes some
   * 40,000 pages, each with a writer for the page and, while its reading's body is written, two
   * more (the body and its copy for the packet); new buffers for each were a tenth of all it
   * allocated.
   */
  private static final ThreadLocal<byte[][]> SPARE = ThreadLocal.withInitial(() -> new byte[4][]);
  /** Writers for less than this many bytes (a sidenote, a heading) neither take a spare buffer nor give one back. */
  private static final int SPARE_FROM = 4096;
  /**
   * Characters of a string being written, copied out of it in pieces: one array for all the
   * writers of a thread, as a writer is written to by the thread that made it, one write at a time.
   */
  private static final ThreadLocal<char[]> CHUNK = ThreadLocal.withInitial(() -> new char[2048]);
  /** From this many characters a piece is encoded by the runtime's encoder, below by the loop here. */
  private static final int ENCODER_FROM = 64;
  /** An encoder for each thread: one is made for a writer's lifetime, and a build makes 40,000. */
  private static final ThreadLocal<CharsetEncoder> ENCODER = ThreadLocal.withInitial(() -> StandardCharsets.UTF_8
      .newEncoder().onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
  private final char[] chunk = CHUNK.get();
  private final CharsetEncoder encoder = ENCODER.get();
  private byte[] bytes;
  private int size;
  /** A high surrogate written last, whose low surrogate may come with the next write; 0 when none. */
  private char pending;

  /** A writer whose first {@code capacity} bytes need no copying. */
  Utf8Writer(int capacity) {
    byte[] spare = capacity >= SPARE_FROM ? spare(capacity) : null;
    bytes = spare != null ? spare : new byte[Math.max(64, capacity)];
  }

  /**
   * The smallest spare buffer of this thread's with room for {@code capacity} bytes, taken; null
   * if none has. The smallest, so that a reading's page does not take the buffer a packet's part
   * (a hundred readings) needs next.
   */
  private static byte[] spare(int capacity) {
    byte[][] spares = SPARE.get();
    int best = -1;
    for (int i = 0; i < spares.length; i++) {
      byte[] spare = spares[i];
      if (spare != null && spare.length >= capacity && (best < 0 || spare.length < spares[best].length)) {
        best = i;
      }
    }
    if (best < 0) {
      return null;
    }
    byte[] spare = spares[best];
    spares[best] = null; // while this writer has it; a writer made meanwhile has one of its own
    return spare;
  }

  /** Keeps {@code buffer} for this thread's next writer, in place of the smallest spare if all are kept. */
  private static void release(byte[] buffer) {
    if (buffer.length < SPARE_FROM) {
      return;
    }
    byte[][] spares = SPARE.get();
    int smallest = 0;
    for (int i = 0; i < spares.length; i++) {
      if (spares[i] == null) {
        spares[i] = buffer;
        return;
      }
      if (spares[i].length < spares[smallest].length) {
        smallest = i;
      }
    }
    if (spares[smallest].length < buffer.length) {
      spares[smallest] = buffer;
    }
  }

  @Override
  public void write(int c) {
    chunk[0] = (char) c;
    encode(chunk, 0, 1);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    encode(chars, offset, length);
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) {
    while (length > 0) {
      int n = Math.min(length, chunk.length);
      text.getChars(offset, offset + n, chunk, 0);
      encode(chunk, 0, n);
      offset += n;
      length -= n;
    }
  }

  /**
   * {@code text} with every character {@code escapes} has an entry for (by its code, up to the
   * table's length; ASCII replacements only) written as that entry instead: what writing the runs
   * and the replacements one by one would write, in one pass instead of a search and then a copy.
   */
  void writeEscaped(String text, String[] escapes) {
    int offset = 0;
    int length = text.length();
    while (length > 0) {
      int n = Math.min(length, chunk.length);
      text.getChars(offset, offset + n, chunk, 0);
      encode(chunk, 0, n, escapes);
      offset += n;
      length -= n;
    }
  }

  @Override
  public Writer append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  /** Bytes written so far. */
  int size() {
    return size + (pending != 0 ? 1 : 0);
  }

  /**
   * Bytes written so far, leaving out a high surrogate written last (which the next write may pair):
   * where bytes copied by {@link #writeBytes(Utf8Writer, int, int)} may end.
   */
  int length() {
    return size;
  }

  /** The byte at {@code index}, below {@link #length}. */
  byte byteAt(int index) {
    return bytes[index];
  }

  /** Leaves only the first {@code length} bytes; a high surrogate written last is dropped too. */
  void truncate(int length) {
    if (length < 0 || length > size) {
      throw new IndexOutOfBoundsException(length);
    }
    size = length;
    pending = 0;
  }

  /** Writes a high surrogate written last, without its other half, as {@code ?} now. */
  void flushPending() {
    if (pending != 0) {
      pending = 0;
      room(1);
      bytes[size++] = '?';
    }
  }

  /**
   * Writes {@code utf8[from, to)}, UTF-8 made elsewhere that starts and ends with whole characters
   * (a high surrogate written last becomes {@code ?}, as before any character but its low half).
   */
  void writeBytes(byte[] utf8, int from, int to) {
    flushPending();
    room(to - from);
    System.arraycopy(utf8, from, bytes, size, to - from);
    size += to - from;
  }

  /** Writes bytes {@code [from, to)} of what {@code other} has written (up to its {@link #length}). */
  void writeBytes(Utf8Writer other, int from, int to) {
    if (to > other.size) {
      throw new IndexOutOfBoundsException(to);
    }
    writeBytes(other.bytes, from, to);
  }

  /** Writes {@code html}'s bytes as they are. */
  void write(Html html) {
    byte[] utf8 = html.utf8();
    writeBytes(utf8, 0, utf8.length);
  }

  /** Writes {@code number} in decimal, as {@code write(Integer.toString(number))} would, without the string. */
  void writeInt(int number) {
    if (number < 0 || pending != 0) {
      write(Integer.toString(number));
      return;
    }
    int digits = 1;
    for (int n = number; n >= 10; n /= 10) {
      digits++;
    }
    room(digits);
    int n = number;
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + n % 10);
      n /= 10;
    }
    size += digits;
  }

  /** Writes {@code c}: {@code write(int)} without a copy into the buffer of characters. */
  void writeChar(char c) {
    if (c < 0x80 && pending == 0) {
      room(1);
      bytes[size++] = (byte) c;
    } else {
      write(c);
    }
  }

  private void room(int more) {
    int needed = size + more;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
  }

  /** What was written, as UTF-8; the writer is done, and its buffer goes to this thread's next one. */
  byte[] toByteArray() {
    flushPending();
    byte[] out = Arrays.copyOf(bytes, size);
    release(bytes);
    bytes = null;
    return out;
  }

  /** What was written, decoded; the writer may go on. */
  @Override
  public String toString() {
    String text = new String(bytes, 0, size, StandardCharsets.UTF_8);
    return pending != 0 ? text + "?" : text;
  }

  /**
   * Encodes {@code chars[offset, offset + length)} with the runtime's UTF-8 encoder, whose loop
   * over ASCII is the runtime's own fast one (half the time of a loop here, on pages): a surrogate
   * pending from the last write is paired first, a high surrogate at the end is kept for the next,
   * and the encoder writes any other surrogate without its other half as {@code ?}.
   */
  private void encode(char[] chars, int offset, int length) {
    int end = offset + length;
    while (offset < end && pending != 0) { // a high surrogate after a high surrogate is pending in turn
      encode(chars, offset, 1, null);
      offset++;
    }
    if (end - offset < ENCODER_FROM) { // a few characters: not worth the encoder's buffers
      encode(chars, offset, end - offset, null);
      return;
    }
    int last = Character.isHighSurrogate(chars[end - 1]) ? end - 1 : end;
    if (offset < last) {
      int needed = size + 3 * (last - offset);
      if (needed > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
      }
      ByteBuffer out = ByteBuffer.wrap(bytes, size, bytes.length - size);
      if (encoder.reset().encode(CharBuffer.wrap(chars, offset, last - offset), out, true).isOverflow()) {
        throw new IllegalStateException("three bytes a character were not enough"); // never: UTF-8 takes at most three
      }
      size = out.position();
    }
    if (last < end) {
      pending = chars[last];
    }
  }

  /** Encodes {@code chars[offset, offset + length)}, with {@code escapes} as {@link #writeEscaped} does when not null. */
  private void encode(char[] chars, int offset, int length, String[] escapes) {
    // at most three bytes a character (four for a pair of surrogates), plus one for a pending one;
    // with escapes, as many as the longest replacement, six
    int needed = size + (escapes == null ? 3 : 6) * length + 1;
    if (needed > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
    }
    byte[] b = bytes;
    int p = size;
    for (int i = offset, end = offset + length; i < end; i++) {
      if (pending == 0) {
        // a run of ASCII, most of any page, in a loop of its own
        if (escapes == null) {
          while (i < end && chars[i] < 0x80) {
            b[p++] = (byte) chars[i++];
          }
        } else {
          for (char a; i < end && (a = chars[i]) < 0x80; i++) {
            String escape = a < escapes.length ? escapes[a] : null;
            if (escape == null) {
              b[p++] = (byte) a;
            } else {
              for (int k = 0; k < escape.length(); k++) {
                b[p++] = (byte) escape.charAt(k);
              }
            }
          }
        }
        if (i == end) {
          break;
        }
      }
      char c = chars[i];
      if (pending != 0) {
        char high = pending;
        pending = 0;
        if (Character.isLowSurrogate(c)) {
          int codePoint = Character.toCodePoint(high, c);
          b[p++] = (byte) (0xF0 | (codePoint >> 18));
          b[p++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
          b[p++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
          b[p++] = (byte) (0x80 | (codePoint & 0x3F));
        } else {
          b[p++] = '?';
          i--; // c again, without the surrogate before it
        }
      } else if (c < 0x800) {
        b[p++] = (byte) (0xC0 | (c >> 6));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        pending = c;
      } else if (Character.isLowSurrogate(c)) {
        b[p++] = '?';
      } else {
        b[p++] = (byte) (0xE0 | (c >> 12));
        b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[p++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    size = p;
  }
}
