package gloss.render;

import gloss.text.WideBuilder;

/**
 * What {@link AstHtml} writes a reading's body into: the page's HTML and, when asked for, at the
 * same time its copy for the educators' packet, as {@link PacketHtml#of} would make it from the
 * page (ids prefixed, links rebased, {@code h2} made {@code h3}). The writer says where those are
 * as it writes them, so the copy costs a second append instead of a second pass that finds every
 * tag again (a tenth of the rendering of a large edition). Everything else goes to both.
 */
final class PageOut {
  private final StringBuilder page;
  /** The packet's copy; null when no copy is made. */
  private final StringBuilder packet;
  private final String prefix;

  /** Room for {@code capacity} characters; with a packet copy when {@code prefix} is not null. */
  PageOut(int capacity, String prefix) {
    // two bytes a character from the start: every body holds characters beyond Latin-1 (its notes'
    // back links), and a builder widened at the first copied what it held
    this(WideBuilder.of(capacity), prefix == null ? null : WideBuilder.of(capacity + capacity / 8), prefix);
  }

  private PageOut(StringBuilder page, StringBuilder packet, String prefix) {
    this.page = page;
    this.packet = packet;
    this.prefix = prefix;
  }

  /** An empty one for a part written aside (a heading's text, a sidenote), with a copy if this has one. */
  PageOut aside() {
    return new PageOut(new StringBuilder(), prefix == null ? null : new StringBuilder(), prefix);
  }

  PageOut append(String text) {
    page.append(text);
    if (packet != null) {
      packet.append(text);
    }
    return this;
  }

  PageOut append(char c) {
    page.append(c);
    if (packet != null) {
      packet.append(c);
    }
    return this;
  }

  PageOut append(int number) {
    page.append(number);
    if (packet != null) {
      packet.append(number);
    }
    return this;
  }

  PageOut append(CharSequence text, int start, int end) {
    page.append(text, start, end);
    if (packet != null) {
      packet.append(text, start, end);
    }
    return this;
  }

  /** What {@code aside} holds, each copy into its own. */
  PageOut append(PageOut aside) {
    page.append(aside.page);
    if (packet != null) {
      packet.append(aside.packet);
    }
    return this;
  }

  /** {@code pageText} on the page, {@code packetText} in the packet (a tag's name that changes). */
  PageOut either(String pageText, String packetText) {
    page.append(pageText);
    if (packet != null) {
      packet.append(packetText);
    }
    return this;
  }

  /** The start of an id, or of a link to one in the same page: the packet's prefix, nothing on the page. */
  PageOut idPrefix() {
    if (packet != null) {
      packet.append(prefix);
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
    // PacketHtml.rebased, on the page's characters where they are
    int end = page.length();
    if (mark < end && page.charAt(mark) == '#') {
      packet.setLength(packetMark);
      packet.append('#').append(prefix).append(page, mark + 1, end);
    } else if (end - mark >= 3 && page.charAt(mark) == '.' && page.charAt(mark + 1) == '.' && page.charAt(mark + 2) == '/') {
      packet.setLength(packetMark);
      packet.append(page, mark + 3, end);
    } else if (!contains(mark, end, '/') && !contains(mark, end, ':')) {
      packet.setLength(packetMark);
      packet.append("readings/").append(page, mark, end);
    }
    return this;
  }

  private boolean contains(int from, int to, char c) {
    for (int i = from; i < to; i++) {
      if (page.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /** Where the packet's copy is now (0 without one), for {@link #rebaseSince}. */
  int packetMark() {
    return packet == null ? 0 : packet.length();
  }

  /** The page's HTML. */
  @Override
  public String toString() {
    return page.toString();
  }

  /** The packet's copy; null when none was made. */
  String packet() {
    return packet == null ? null : packet.toString();
  }
}
