package gloss.render;

/**
 * What {@link AstHtml} writes a reading's body into: the page's HTML and, when asked for, at the
 * same time its copy for the educators' packet, as {@link PacketHtml#of} would make it from the
 * page (ids prefixed, links rebased, {@code h2} made {@code h3}). The writer says where those are
 * as it writes them, so the copy costs a second append instead of a second pass that finds every
 * tag again (a tenth of the rendering of a large edition). Everything else goes to both.
 *
 * <p>Both are written as UTF-8 as they are made ({@link Utf8Writer}): the page's bytes are copied
 * into the packet's, and both go into their pages as bytes ({@link Html}), where a string was
 * built, copied out, and encoded again by every page it went into.
 */
final class PageOut {
  /** Room for a sidenote or a heading's text, written aside. */
  private static final int ASIDE = 256;
  private final Utf8Writer page;
  /** The packet's copy; null when no copy is made. */
  private final Utf8Writer packet;
  private final String prefix;
  /** Whether {@link #finish} has run: nothing more is written. */
  private boolean finished;

  /** Room for {@code capacity} bytes; with a packet copy when {@code prefix} is not null. */
  PageOut(int capacity, String prefix) {
    this(new Utf8Writer(capacity), prefix == null ? null : new Utf8Writer(capacity + capacity / 8), prefix);
  }

  private PageOut(Utf8Writer page, Utf8Writer packet, String prefix) {
    this.page = page;
    this.packet = packet;
    this.prefix = prefix;
  }

  /** An empty one for a part written aside (a heading's text, a sidenote), with a copy if this has one. */
  PageOut aside() {
    return new PageOut(new Utf8Writer(ASIDE), prefix == null ? null : new Utf8Writer(ASIDE), prefix);
  }

  PageOut append(String text) {
    int from = page.length();
    page.write(text);
    copied(from);
    return this;
  }

  PageOut append(char c) {
    int from = page.length();
    page.writeChar(c);
    copied(from);
    return this;
  }

  PageOut append(int number) {
    int from = page.length();
    page.writeInt(number);
    copied(from);
    return this;
  }

  PageOut append(String text, int start, int end) {
    int from = page.length();
    page.write(text, start, end - start);
    copied(from);
    return this;
  }

  /** What {@code aside} holds, each copy into its own. */
  PageOut append(PageOut aside) {
    aside.finish();
    page.writeBytes(aside.page, 0, aside.page.length());
    if (packet != null) {
      packet.writeBytes(aside.packet, 0, aside.packet.length());
    }
    return this;
  }

  /** The page's bytes written since {@code from}, into the packet's copy too. */
  private void copied(int from) {
    if (packet != null) {
      packet.writeBytes(page, from, page.length());
    }
  }

  /** {@code pageText} on the page, {@code packetText} in the packet (a tag's name that changes). */
  PageOut either(String pageText, String packetText) {
    page.write(pageText);
    if (packet != null) {
      packet.write(packetText);
    }
    return this;
  }

  /** The start of an id, or of a link to one in the same page: the packet's prefix, nothing on the page. */
  PageOut idPrefix() {
    if (packet != null) {
      packet.write(prefix);
    }
    return this;
  }

  /** Where the page is now, for {@link #rebaseSince}. */
  int mark() {
    return page.length();
  }

  /**
   * Gives the packet, in place of what was written since {@code mark} (a link's {@code href}, as
   * written into the page, on the page only), that link as the packet needs it.
   */
  PageOut rebaseSince(int mark, int packetMark) {
    if (packet == null) {
      return this;
    }
    // PacketHtml.rebased, on the page's bytes where they are: those of characters beyond ASCII
    // are never '#', '.', '/' or ':'
    int end = page.length();
    if (mark < end && page.byteAt(mark) == '#') {
      packet.truncate(packetMark);
      packet.writeChar('#');
      packet.write(prefix);
      packet.writeBytes(page, mark + 1, end);
    } else if (end - mark >= 3 && page.byteAt(mark) == '.' && page.byteAt(mark + 1) == '.' && page.byteAt(mark + 2) == '/') {
      packet.truncate(packetMark);
      packet.writeBytes(page, mark + 3, end);
    } else if (!contains(mark, end, '/') && !contains(mark, end, ':')) {
      packet.truncate(packetMark);
      packet.write("readings/");
      packet.writeBytes(page, mark, end);
    }
    return this;
  }

  private boolean contains(int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (page.byteAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Where the packet's copy is now (0 without one), for {@link #rebaseSince}. */
  int packetMark() {
    return packet == null ? 0 : packet.length();
  }

  /** A high surrogate written last, without its other half, as {@code ?} in both, as a page writes it. */
  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    int from = page.length();
    page.flushPending();
    copied(from);
  }

  /** The page's HTML, as a string; the writer is done. */
  @Override
  public String toString() {
    finish();
    return page.toString();
  }

  /** The page's HTML; the writer is done. */
  Html html() {
    finish();
    return Html.ofUtf8(page.toByteArray());
  }

  /** The packet's copy; null when none was made. The writer is done. */
  Html packet() {
    finish();
    return packet == null ? null : Html.ofUtf8(packet.toByteArray());
  }
}
