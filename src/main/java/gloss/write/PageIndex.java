package gloss.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * What the last build left in each file of the site, kept beside it ({@code .site.index}): the
 * file's size, modification time and identity (device and inode) as the build saw them, and a
 * checksum of its bytes. A rebuild asks it whether the file it would write is already there, so
 * that the unchanged pages, nearly all of them, are not read back to be compared: reading the
 * previous copy of every page was a gigabyte of reads for a site of 10,000 readings.
 *
 * <p>An entry vouches for a file only while the file is as the build left it: the same size,
 * modification time and identity, and modified before the index was written (strictly: a file
 * changed within the same tick of the file system's clock as the index is compared byte for
 * byte, as Git does for its own index). Anything else (no index, an unreadable one, a file edited,
 * replaced or touched since) falls back to comparing the bytes, so the index can only save work,
 * never keep a stale page: editing a page of the site by hand and then setting its time back to
 * the very nanosecond it had is the one way to hide an edit from it.
 *
 * <p>The checksum is two independent 32-bit CRCs (CRC-32C and CRC-32, both computed by the
 * processor's own instructions), with the size: a changed page of the same size passes both by
 * chance once in 2<sup>64</sup>.
 */
final class PageIndex {
  private static final String MAGIC = "gloss page index 1";
  /** The largest index read: ten times that of a site of 10,000 readings. */
  private static final long MAX_BYTES = 64L << 20;
  private static final PageIndex NONE = new PageIndex(Map.of(), Long.MIN_VALUE);

  /** What the index says of one file. */
  record Entry(long size, long modified, String identity, long checksum) {}

  private final Map<String, Entry> entries;
  /** When the index was written, in nanoseconds, as the file system stamps files. */
  private final long written;

  private PageIndex(Map<String, Entry> entries, long written) {
    this.entries = entries;
    this.written = written;
  }

  /** The index file of the site at {@code target}. */
  static Path of(Path target) {
    return target.resolveSibling("." + target.getFileName() + ".index");
  }

  /** The index at {@code file}; an empty one when there is none or it cannot be read whole. */
  static PageIndex read(Path file) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || attributes.size() > MAX_BYTES) {
        return NONE;
      }
      byte[] bytes = Files.readAllBytes(file);
      Reader in = new Reader(bytes);
      if (!in.text().equals(MAGIC)) {
        return NONE;
      }
      int count = in.number();
      Map<String, Entry> entries = new HashMap<>(Math.max(16, count * 4 / 3 + 1));
      for (int i = 0; i < count; i++) {
        entries.put(in.text(), new Entry(in.longNumber(), in.longNumber(), in.text(), in.longNumber()));
      }
      return in.at == bytes.length ? new PageIndex(entries, nanos(attributes.lastModifiedTime())) : NONE;
    } catch (IOException | RuntimeException e) { // missing, truncated, or not an index at all
      return NONE;
    }
  }

  /**
   * Writes {@code entries} as the index at {@code file}: into a file of its own first, then moved
   * into place, so that a build killed meanwhile leaves the previous index or none, never half of
   * one. Laid out in one array by hand: {@code DataOutputStream}'s strings, a call per path, took
   * 0.2 s of a rebuild's CPU at its very end, where the compilers had not yet reached them.
   */
  static void write(Path file, Map<String, Entry> entries) throws IOException {
    Writer out = new Writer(64 + entries.size() * 96);
    out.text(MAGIC);
    out.number(entries.size());
    entries.forEach((path, entry) -> { // in no order: a cache, not part of the site
      out.text(path);
      out.longNumber(entry.size());
      out.longNumber(entry.modified());
      out.text(entry.identity());
      out.longNumber(entry.checksum());
    });
    Path next = file.resolveSibling(file.getFileName() + ".new-" + ProcessHandle.current().pid());
    try {
      Files.write(next, Arrays.copyOf(out.bytes, out.size));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(next);
      throw e;
    }
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Numbers as eight bytes, high first; strings as UTF-8 after their length. */
  private static final class Writer {
    private byte[] bytes;
    private int size;

    Writer(int capacity) {
      bytes = new byte[capacity];
    }

    void text(String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      number(utf8.length);
      room(utf8.length);
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
    }

    void number(int n) {
      longNumber(n);
    }

    void longNumber(long n) {
      room(8);
      for (int shift = 56; shift >= 0; shift -= 8) {
        bytes[size++] = (byte) (n >>> shift);
      }
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
      }
    }
  }

  /** Reads what {@link Writer} wrote; a read past the end throws. */
  private static final class Reader {
    private final byte[] bytes;
    private int at;

    Reader(byte[] bytes) {
      this.bytes = bytes;
    }

    String text() {
      int length = number();
      if (length < 0 || length > bytes.length - at) {
        throw new IndexOutOfBoundsException(length);
      }
      String text = new String(bytes, at, length, StandardCharsets.UTF_8);
      at += length;
      return text;
    }

    int number() {
      long n = longNumber();
      if (n != (int) n) {
        throw new IllegalArgumentException("not a count: " + n);
      }
      return (int) n;
    }

    long longNumber() {
      if (bytes.length - at < 8) {
        throw new IndexOutOfBoundsException(at);
      }
      long n = 0;
      for (int i = 0; i < 8; i++) {
        n = n << 8 | (bytes[at++] & 0xFF);
      }
      return n;
    }
  }

  /**
   * Whether the file at {@code path}, whose attributes are {@code now}, holds the bytes whose
   * checksum is {@code checksum}: true or false when the index vouches for the file, null when it
   * cannot say (the bytes must be compared).
   */
  Boolean holds(String path, BasicFileAttributes now, long checksum) {
    Entry entry = entries.get(path);
    if (entry == null || entry.size() != now.size() || entry.modified() != nanos(now.lastModifiedTime())
        || entry.modified() >= written || !entry.identity().equals(identity(now))) {
      return null;
    }
    return entry.checksum() == checksum;
  }

  /** What the index says of a file whose attributes are {@code attributes} and bytes' checksum is {@code checksum}. */
  static Entry entry(BasicFileAttributes attributes, long checksum) {
    return new Entry(attributes.size(), nanos(attributes.lastModifiedTime()), identity(attributes), checksum);
  }

  /** The checksum of {@code bytes}: CRC-32C and CRC-32, side by side. */
  static long checksum(byte[] bytes) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(bytes, 0, bytes.length);
    CRC32 ieee = new CRC32();
    ieee.update(bytes, 0, bytes.length);
    return castagnoli.getValue() << 32 | ieee.getValue();
  }

  private static long nanos(FileTime time) {
    return time.to(TimeUnit.NANOSECONDS);
  }

  /** The file's device and inode where the file system says (empty where it does not). */
  private static String identity(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return key == null ? "" : key.toString();
  }
}
