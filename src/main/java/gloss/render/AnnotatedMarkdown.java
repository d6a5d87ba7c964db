package gloss.render;

import gloss.structure.Block;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * A reading's page body straight from the Markdown that the annotate stage writes, without a
 * Markdown parser: the same bytes as {@link AstHtml#page} writes from Flexmark's syntax tree
 * (through the same writer), in a fraction of the time (Flexmark's parse was a sixth of the CPU of
 * a 10,000-reading build).
 *
 * <p>It knows the one layout {@code Annotator} writes and nothing else: front matter; one line per
 * heading ({@code ## }) and paragraph; block quotations of such lines ({@code > }) with an optional
 * citation; footnote definitions numbered 1 to n in order, each marked once, in order, in the text.
 * Inside a line: text with backslash escapes, links {@code [text](href)} whose text is plain,
 * footnote marks {@code [^n]}, and at the start of a note the label of a passage note ({@code
 * *Context.*}); a note may go on over lines indented by four spaces. Anything else (a character
 * that could be markup without its backslash, white space at either end of a line, a control
 * character, a line that could start another kind of block, marks out of order, a layout that does
 * not match the reading's blocks) makes it return empty, and the caller takes Flexmark's way: what
 * this reader cannot be sure of is never guessed at. Tests compare it with that way on every
 * reading of the edition, synthetic editions and random text.
 */
final class AnnotatedMarkdown {
  /** Characters that are Markdown syntax, or could be, unless escaped: such text is left to Flexmark. */
  private static final String SYNTAX = "\\`*_[]<>#|{}~&!$^";
  private static final boolean[] IS_SYNTAX = new boolean[128];

  static {
    for (char c : SYNTAX.toCharArray()) {
      IS_SYNTAX[c] = true;
    }
  }

  private final String md;
  private final AstHtml html;
  private int pos;
  /** The next footnote mark expected in the text: marks come in order, one per note. */
  private int nextMark = 1;
  /** Where the text being read starts, for what only matters at the start of a line. */
  private int lineStart;

  private AnnotatedMarkdown(String md, String packetPrefix) {
    this.md = md;
    // a page's article is some 2.3–2.6 times its Markdown (synthetic readings): room without growing
    this.html = AstHtml.pageWriter(md.length() * 3 + 256, packetPrefix);
  }

  /** The page body, or empty when the Markdown is not in the layout this reader knows. */
  static Optional<String> page(String markdown, List<Block> blocks) {
    AnnotatedMarkdown reader = new AnnotatedMarkdown(markdown, null);
    return reader.read(blocks) ? Optional.of(reader.html.html()) : Optional.empty();
  }

  /**
   * The page body and its copy for the packet, with ids prefixed by {@code packetPrefix}, written
   * together: the same as {@link #page} and then {@link PacketHtml#of}. Empty as {@link #page} is.
   */
  static Optional<ReadingHtml.Bodies> bodies(String markdown, List<Block> blocks, String packetPrefix) {
    AnnotatedMarkdown reader = new AnnotatedMarkdown(markdown, packetPrefix);
    return reader.read(blocks)
        ? Optional.of(new ReadingHtml.Bodies(reader.html.body(), reader.html.packetHtml()))
        : Optional.empty();
  }

  /** A line's content, from {@code start} to {@code end} (its newline excluded). */
  private record Line(int start, int end) {
    boolean startsWith(String md, String prefix) {
      return end - start >= prefix.length() && md.startsWith(prefix, start);
    }
  }

  private boolean read(List<Block> blocks) {
    if (!skipFrontMatter()) {
      return false;
    }
    // first where everything is, then the notes (their sidenotes follow the marks), then the text;
    // each step a method of its own, as one method with all these loops was compiled four times
    List<List<Line>> bodies = bodies(blocks);
    if (bodies == null) {
      return false;
    }
    List<List<Line>> notes = notes();
    if (notes == null || !sidenotes(notes) || !text(blocks, bodies)) {
      return false;
    }
    if (nextMark != notes.size() + 1) {
      return false;
    }
    return notes.isEmpty() || notesSection(notes);
  }

  /** The lines of each block, in order; null if the Markdown does not have the blocks' shape. */
  private List<List<Line>> bodies(List<Block> blocks) {
    List<List<Line>> bodies = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      List<Line> lines = block(block);
      if (lines == null) {
        return null;
      }
      bodies.add(lines);
    }
    return bodies;
  }

  private boolean sidenotes(List<List<Line>> notes) {
    for (int i = 0; i < notes.size(); i++) {
      List<Line> note = notes.get(i);
      if (!html.sidenote(i + 1, List.of(() -> noteText(note)))) {
        return false;
      }
    }
    return true;
  }

  /** The blocks, written from their lines. */
  private boolean text(List<Block> blocks, List<List<Line>> bodies) {
    Set<String> headingIds = new HashSet<>();
    int paragraph = 0;
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      List<Line> lines = bodies.get(b);
      if (block instanceof Block.Heading) {
        Line line = lines.get(0);
        if (!html.pageHeading(() -> inlines(line.start() + 3, line.end(), false), headingIds)) {
          return false;
        }
      } else if (block instanceof Block.Paragraph) {
        Line line = lines.get(0);
        if (!html.numbered(++paragraph, () -> inlines(line.start(), line.end(), true))) {
          return false;
        }
      } else if (block instanceof Block.Quote quote) {
        paragraph = quote(quote, lines, paragraph);
        if (paragraph < 0) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A quotation whose paragraphs follow paragraph number {@code before}; the number of its last
   * paragraph, or -1 if one could not be written.
   */
  private int quote(Block.Quote quote, List<Line> lines, int before) {
    html.quoteStart();
    int paragraph = before;
    for (int i = 0; i < lines.size(); i++) {
      Line line = lines.get(i);
      BooleanSupplier text = () -> inlines(line.start() + 2, line.end(), true);
      if (!(i < quote.paragraphs().size() ? html.numbered(++paragraph, text) : html.citation(text))) {
        return -1;
      }
    }
    html.quoteEnd();
    return paragraph;
  }

  private boolean notesSection(List<List<Line>> notes) {
    List<AstHtml.Item> items = new ArrayList<>();
    for (int i = 0; i < notes.size(); i++) {
      List<Line> note = notes.get(i);
      items.add(new AstHtml.Item(i + 1, 1, () -> html.paragraph(() -> noteText(note))));
    }
    return html.notesSection(items);
  }

  /** Skips {@code ---}, lines of {@code key: "value"} or {@code  - "value"}, and {@code ---}. */
  private boolean skipFrontMatter() {
    if (!md.startsWith("---\n")) {
      return false;
    }
    pos = 4;
    for (Line line = line(); line != null; line = line()) {
      if (line.end() - line.start() == 3 && line.startsWith(md, "---")) {
        return true;
      }
      if (!frontMatterLine(line)) {
        return false;
      }
    }
    return false;
  }

  /** {@code key: "value"}, {@code key:} or {@code   - "value"}, as {@code Annotator} writes front matter. */
  private boolean frontMatterLine(Line line) {
    int i = line.start();
    if (line.startsWith(md, "  - \"")) {
      return line.end() - i > 5 && md.charAt(line.end() - 1) == '"';
    }
    while (i < line.end() && (md.charAt(i) >= 'a' && md.charAt(i) <= 'z' || md.charAt(i) == '_'
        || i > line.start() && md.charAt(i) >= '0' && md.charAt(i) <= '9')) {
      i++;
    }
    if (i == line.start() || i >= line.end() || md.charAt(i) != ':') {
      return false;
    }
    return i + 1 == line.end()
        || line.end() - i > 3 && md.startsWith(" \"", i + 1) && md.charAt(line.end() - 1) == '"';
  }

  /** The next line, or null at the end (or at a last line without its newline). */
  private Line line() {
    int end = md.indexOf('\n', pos);
    if (end < 0) {
      return null;
    }
    Line line = new Line(pos, end);
    pos = end + 1;
    return line;
  }

  private boolean blankLine() {
    Line line = line();
    return line != null && line.start() == line.end();
  }

  /** The lines of one block, after its blank line: those that hold its text; null when they do not match it. */
  private List<Line> block(Block block) {
    if (!blankLine()) {
      return null;
    }
    Line line = line();
    if (line == null) {
      return null;
    }
    if (block instanceof Block.Heading) {
      return line.startsWith(md, "## ") && plainLine(line.start() + 3, line.end()) ? List.of(line) : null;
    }
    if (block instanceof Block.Paragraph) {
      return plainLine(line.start(), line.end()) ? List.of(line) : null;
    }
    if (block instanceof Block.Quote quote) {
      int count = quote.paragraphs().size() + (quote.citation().isPresent() ? 1 : 0);
      if (quote.paragraphs().isEmpty()) {
        return null;
      }
      List<Line> lines = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          Line gap = line();
          if (gap == null || gap.end() - gap.start() != 1 || md.charAt(gap.start()) != '>') {
            return null;
          }
          line = line();
        }
        if (line == null || !line.startsWith(md, "> ") || !plainLine(line.start() + 2, line.end())) {
          return null;
        }
        lines.add(line);
      }
      return lines;
    }
    return null;
  }

  /**
   * The footnote definitions after the text: a blank line, then {@code [^1]: } and the note, then
   * {@code [^2]: }..., each note maybe going on over lines indented by four spaces; null when
   * anything else follows the text. The lines hold the notes' text.
   */
  private List<List<Line>> notes() {
    List<List<Line>> notes = new ArrayList<>();
    if (pos == md.length()) {
      return notes;
    }
    if (!blankLine()) {
      return null;
    }
    Line line = line();
    while (line != null) {
      String marker = "[^" + (notes.size() + 1) + "]: ";
      // Flexmark takes a definition's label up to the last "]:" of its line
      if (!line.startsWith(md, marker) || !plainLine(line.start() + marker.length(), line.end())
          || md.substring(line.start() + marker.length(), line.end()).contains("]:")) {
        return null;
      }
      List<Line> note = new ArrayList<>();
      note.add(new Line(line.start() + marker.length(), line.end()));
      for (line = line(); line != null && line.startsWith(md, "    "); line = line()) {
        int text = line.start() + 4;
        // a letter first: anything else could start a list, a quotation or a code block inside the note
        if (text >= line.end() || !Character.isLetter(md.charAt(text)) || !plainLine(text, line.end())) {
          return null;
        }
        note.add(new Line(text, line.end()));
      }
      notes.add(note);
    }
    return pos == md.length() ? notes : null;
  }

  /**
   * Whether {@code md[start, end)} can be a line of text here: not empty, no white space at either
   * end (Markdown trims it, or makes a line break of it), no control character, not the start of a
   * footnote definition or of a list, a rule or a heading underline, which a scraped line never is
   * once escaped.
   */
  private boolean plainLine(int start, int end) {
    if (start >= end || isSpace(md.charAt(start)) || isSpace(md.charAt(end - 1)) || md.startsWith("[^", start)
        || startsBlock(start, end)) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = md.charAt(i);
      if (c < ' ' || c == '\u007F') {
        return false;
      }
    }
    return true;
  }

  /** Whether the line starts as a list item, a rule or a heading underline may ({@code -}, {@code +}, {@code =}, {@code 1.}, {@code 1)}). */
  private boolean startsBlock(int start, int end) {
    char first = md.charAt(start);
    if (first == '-' || first == '+' || first == '=') {
      return true;
    }
    int i = start;
    while (i < end && md.charAt(i) >= '0' && md.charAt(i) <= '9') {
      i++;
    }
    return i > start && i < end && (md.charAt(i) == '.' || md.charAt(i) == ')');
  }

  /** White space as Markdown, Flexmark or Jsoup may trim it. */
  private static boolean isSpace(char c) {
    return c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  /** A note's text: its lines joined by soft line breaks, a passage note's label in emphasis first. */
  private boolean noteText(List<Line> note) {
    for (int i = 0; i < note.size(); i++) {
      Line line = note.get(i);
      int start = line.start();
      if (i == 0) {
        int label = passageLabel(start, line.end());
        if (label > 0) {
          String words = md.substring(start + 1, label - 1);
          if (!html.wrapped("em", () -> html.text(words))) {
            return false;
          }
          start = label;
        }
      } else {
        html.softBreak();
      }
      if (!inlines(start, line.end(), false)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The end of a passage note's label at {@code start}, {@code *Context.*} followed by a space, as
   * {@code Annotator} writes it (a capital, small letters, a full stop); 0 when there is none.
   */
  private int passageLabel(int start, int end) {
    if (start + 4 >= end || md.charAt(start) != '*' || !isUpper(md.charAt(start + 1))) {
      return 0;
    }
    int i = start + 2;
    while (i < end && md.charAt(i) >= 'a' && md.charAt(i) <= 'z') {
      i++;
    }
    return md.startsWith(".* ", i) && i + 3 < end ? i + 2 : 0;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * Writes {@code md[start, end)}: text, backslash escapes, links with plain text and, when {@code
   * marks}, footnote marks. False at anything else.
   */
  private boolean inlines(int start, int end, boolean marks) {
    lineStart = start;
    int run = start; // start of the text not yet written: written in runs, straight from md
    int i = start;
    while (i < end) {
      char c = md.charAt(i);
      if (!isSyntax(c)) {
        i++;
      } else if (c == '\\') {
        if (i + 1 >= end || !isAsciiPunctuation(md.charAt(i + 1)) || !html.text(md, run, i)) {
          return false;
        }
        run = i + 1; // the escaped character is text, the first of the next run
        i += 2;
      } else if (c == '[') {
        if (!html.text(md, run, i)) {
          return false;
        }
        i = md.startsWith("[^", i) ? (marks ? mark(i, end) : -1) : link(i, end);
        if (i < 0) {
          return false;
        }
        run = i;
      } else {
        return false;
      }
    }
    return html.text(md, run, end);
  }

  /** Whether {@code c} is one of {@link #SYNTAX}. */
  private static boolean isSyntax(char c) {
    return c < IS_SYNTAX.length && IS_SYNTAX[c];
  }

  /** The footnote mark {@code [^n]} at {@code at}, if it is the next one; its end, or -1. */
  private int mark(int at, int end) {
    int i = at + 2;
    int number = 0;
    while (i < end && md.charAt(i) >= '0' && md.charAt(i) <= '9' && number < 100_000) {
      number = number * 10 + (md.charAt(i) - '0');
      i++;
    }
    if (i == at + 2 || i >= end || md.charAt(i) != ']' || number != nextMark || md.charAt(at + 2) == '0') {
      return -1;
    }
    // [^1](x) is a link to x and [^1][x] may be a reference link: only another mark may follow
    if (md.startsWith("(", i + 1) || md.startsWith("[", i + 1) && !md.startsWith("[^", i + 1)) {
      return -1;
    }
    nextMark++;
    return html.footnoteMark(number, 0) ? i + 1 : -1;
  }

  /**
   * The link {@code [text](href)} at {@code at}: text of plain characters and escapes, an address
   * of characters that cannot end it early or need decoding; its end, or -1.
   */
  private int link(int at, int end) {
    StringBuilder text = new StringBuilder();
    int i = at + 1;
    while (i < end && md.charAt(i) != ']') {
      char c = md.charAt(i);
      if (c == '\\' && i + 1 < end && isAsciiPunctuation(md.charAt(i + 1))) {
        text.append(md.charAt(i + 1));
        i += 2;
      } else if (isSyntax(c)) {
        return -1;
      } else {
        text.append(c);
        i++;
      }
    }
    // white space at either end of a link's text is not always kept as it is
    if (text.length() == 0 || isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1)) || !md.startsWith("](", i)) {
      return -1;
    }
    // at the start of a line, [a\]: b](c) can be read as the definition of a reference [a\]
    if (at == lineStart && md.substring(at, i).contains("\\]")) {
      return -1;
    }
    int hrefStart = i + 2;
    int close = hrefStart;
    while (close < end && md.charAt(close) != ')') {
      char c = md.charAt(close);
      if (c <= ' ' || c == '(' || c == '<' || c == '>' || c == '\\' || c == '"' || c == '\'' || c == '&'
          || c == '[' || c == ']' || c == '`' || c == '\u007F' || isSpace(c)) {
        return -1;
      }
      close++;
    }
    if (close >= end || close == hrefStart) {
      return -1;
    }
    String label = text.toString();
    return html.link(md.substring(hrefStart, close), null, () -> html.text(label)) ? close + 1 : -1;
  }

  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }
}
