package gloss.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;

/**
 * The YAML of a sidecar as {@code gloss add} writes it, and of most notes' front matter: one
 * {@code key: value} a line, values plain words (a title, a date, a checksum), comments and blank
 * lines between. Read here without snakeyaml's scanner, into the very nodes its composer makes, as
 * a parse of each of 10,000 sidecars was a fortieth of a large build. Anything else (quotes, block
 * scalars, lists, nesting, a character that could mean syntax) is left to snakeyaml: {@link #read}
 * returns empty.
 */
final class PlainYaml {
  /** How the composer types a plain value: {@code 12} an integer, {@code ~} null, and so on. */
  private static final ScalarResolver RESOLVER = LoadSettings.builder().build().getSchema().getScalarResolver();

  private PlainYaml() {}

  /** {@code text} as the composer would make it, when it is one mapping of plain lines; else empty. */
  static Optional<MappingNode> read(String text, String label) {
    if (text.length() > YamlMap.MAX_CODE_POINTS) {
      return Optional.empty();
    }
    List<NodeTuple> tuples = new ArrayList<>();
    Optional<Mark> first = Optional.empty();
    int line = 0;
    for (int start = 0; start < text.length(); line++) {
      int end = text.indexOf('\n', start);
      end = end < 0 ? text.length() : end;
      if (end > start && text.charAt(start) != '#') {
        Optional<NodeTuple> tuple = pair(text, start, end, line, label);
        if (tuple.isEmpty()) {
          return Optional.empty();
        }
        first = first.isPresent() ? first : tuple.get().getKeyNode().getStartMark();
        tuples.add(tuple.get());
      }
      start = end + 1;
    }
    if (tuples.isEmpty()) {
      return Optional.empty(); // an empty document: the composer's own answer
    }
    return Optional.of(new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, first, Optional.empty()));
  }

  /** The line {@code text[start, end)} as {@code key: value}, or empty when it is anything else. */
  private static Optional<NodeTuple> pair(String text, int start, int end, int line, String label) {
    int colon = start;
    while (colon < end && isKeyCharacter(text.charAt(colon))) {
      colon++;
    }
    int value = colon + 2;
    if (colon == start || !Character.isLetter(text.charAt(start)) || value >= end
        || text.charAt(colon) != ':' || text.charAt(colon + 1) != ' ' || !plain(text, value, end)) {
      return Optional.empty();
    }
    String key = text.substring(start, colon);
    String scalar = text.substring(value, end);
    return Optional.of(new NodeTuple(
        new ScalarNode(RESOLVER.resolve(key, true), true, key, ScalarStyle.PLAIN, mark(label, line, 0), Optional.empty()),
        new ScalarNode(RESOLVER.resolve(scalar, true), true, scalar, ScalarStyle.PLAIN,
            mark(label, line, value - start), Optional.empty())));
  }

  /**
   * Whether {@code text[start, end)} is a plain value that means its own characters: no space or
   * indicator first, no {@code ": "} or {@code " #"} inside, no colon or space last, and only characters that
   * are printable in YAML and break no line in either of its versions.
   */
  private static boolean plain(String text, int start, int end) {
    if (" -?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(start)) >= 0 || text.charAt(end - 1) == ':'
        || text.charAt(end - 1) == ' ') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      boolean printable = c >= ' ' && c <= '~' || c >= '\u00A0' && c <= '\uD7FF' && c != '\u2028' && c != '\u2029'
          || c >= '\uE000' && c <= '\uFFFD' && c != '\uFEFF';
      if (!printable || c == ' ' && i + 1 < end && text.charAt(i + 1) == '#'
          || c == ':' && i + 1 < end && text.charAt(i + 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean isKeyCharacter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
  }

  private static Optional<Mark> mark(String label, int line, int column) {
    return Optional.of(new Mark(label, 0, line, column, new int[0], 0));
  }
}
