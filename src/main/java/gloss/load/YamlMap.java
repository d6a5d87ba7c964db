package gloss.load;

import gloss.diag.Diagnostics;
import gloss.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping read with line numbers, so every problem in a sidecar, a note's front matter or
 * {@code edition.yaml} names its line.
 *
 * <p>Parsing is bounded: at most {@value #MAX_ALIASES} aliases to collections (no "billion laughs")
 * and {@value #MAX_CODE_POINTS} code points per document. Nothing is ever constructed from tags, so
 * a document cannot instantiate classes. Type errors, duplicate keys and unknown keys are reported
 * as diagnostics; the getters then return empty values so that checking can go on.
 */
final class YamlMap {
  static final int MAX_ALIASES = 20;
  static final int MAX_CODE_POINTS = 1_000_000;

  private final String path;
  private final int lineOffset;
  private final Diagnostics diagnostics;
  private final Map<String, NodeTuple> entries;
  private final int line;

  private YamlMap(
      String path, int lineOffset, Diagnostics diagnostics, MappingNode node) {
    this.path = path;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
    this.line = lineOf(node, lineOffset);
    this.entries = new LinkedHashMap<>();
    for (NodeTuple tuple : node.getValue()) {
      Node key = tuple.getKeyNode();
      if (!(key instanceof ScalarNode scalar)) {
        diagnostics.error(path, lineOf(key, lineOffset), "keys must be plain words");
        continue;
      }
      String name = scalar.getValue();
      if (entries.containsKey(name)) {
        diagnostics.error(path, lineOf(key, lineOffset), "duplicate key \"" + name + "\"");
        continue;
      }
      entries.put(name, tuple);
    }
  }

  /**
   * Parses {@code text} as one YAML mapping. An empty document gives an empty map; syntax errors,
   * a document that is not a mapping, and documents over the limits are reported and give empty.
   *
   * @param lineOffset lines before {@code text} in its file (front matter starts on line 2)
   */
  static Optional<YamlMap> parse(
      String text, String path, int lineOffset, Diagnostics diagnostics) {
    Optional<MappingNode> plain = PlainYaml.read(text, path);
    if (plain.isPresent()) {
      return Optional.of(new YamlMap(path, lineOffset, diagnostics, plain.get()));
    }
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(path)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setCodePointLimit(MAX_CODE_POINTS)
            .setAllowRecursiveKeys(false)
            .build();
    Optional<Node> root;
    try {
      root = new Compose(settings).composeString(text);
    } catch (MarkedYamlEngineException e) {
      int line = line(e, text);
      diagnostics.error(path, line + lineOffset, "malformed YAML: " + describe(e, line, lineOffset));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.error(path, lineOffset + 1, "malformed YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    }
    if (root.isEmpty() || isNull(root.get())) {
      return Optional.of(
          new YamlMap(path, lineOffset, diagnostics, new MappingNode(Tag.MAP, List.of(), null)));
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      diagnostics.error(
          path, lineOf(root.get(), lineOffset), "expected a mapping of keys to values");
      return Optional.empty();
    }
    return Optional.of(new YamlMap(path, lineOffset, diagnostics, mapping));
  }

  /** Reports every key not in {@code allowed}, suggesting the nearest allowed key. */
  void rejectUnknownKeys(Set<String> allowed) {
    for (Map.Entry<String, NodeTuple> entry : entries.entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        String hint =
            Suggestions.nearest(entry.getKey(), allowed)
                .map(s -> " (did you mean \"" + s + "\"?)")
                .orElse(" (known keys: " + String.join(", ", new TreeSet<>(allowed)) + ")");
        diagnostics.error(
            path, lineOf(entry.getValue().getKeyNode(), lineOffset),
            "unknown key \"" + entry.getKey() + "\"" + hint);
      }
    }
  }

  String path() {
    return path;
  }

  /** Line of the mapping itself. */
  int line() {
    return line;
  }

  /** Line of {@code key}, or of the mapping when the key is absent. */
  int line(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple == null ? line : lineOf(tuple.getKeyNode(), lineOffset);
  }

  boolean has(String key) {
    NodeTuple tuple = entries.get(key);
    return tuple != null && !isNull(tuple.getValueNode());
  }

  /** A scalar value as text; numbers and booleans are taken as their text. */
  Optional<String> string(String key) {
    Node node = value(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar) {
      String value = scalar.getValue().strip();
      return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
    typeError(key, node, "a single value");
    return Optional.empty();
  }

  /** A required scalar: a missing or empty value is an error. */
  Optional<String> requiredString(String key) {
    if (!has(key)) {
      diagnostics.error(path, line, "missing required key \"" + key + "\"");
      return Optional.empty();
    }
    return string(key);
  }

  Optional<Integer> integer(String key) {
    Node node = value(key);
    if (node == null) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
      try {
        return Optional.of(Integer.parseInt(scalar.getValue().replace("_", "")));
      } catch (NumberFormatException e) {
        diagnostics.error(path, lineOf(node, lineOffset), "number out of range for \"" + key + "\"");
        return Optional.empty();
      }
    }
    typeError(key, node, "a whole number");
    return Optional.empty();
  }

  /** A list of scalars; a single scalar is taken as a list of one. */
  List<String> strings(String key) {
    Node node = value(key);
    if (node == null) {
      return List.of();
    }
    if (node instanceof ScalarNode) {
      return string(key).map(List::of).orElse(List.of());
    }
    if (!(node instanceof SequenceNode sequence)) {
      typeError(key, node, "a list of values");
      return List.of();
    }
    List<String> values = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !isNull(item)) {
        values.add(scalar.getValue().strip());
      } else {
        diagnostics.error(
            path, lineOf(item, lineOffset), "\"" + key + "\" must be a list of plain values");
      }
    }
    return List.copyOf(values);
  }

  /** Line of each item of a list of scalars, parallel to {@link #strings(String)}. */
  List<Integer> itemLines(String key) {
    Node node = value(key);
    if (!(node instanceof SequenceNode sequence)) {
      return node == null ? List.of() : List.of(lineOf(node, lineOffset));
    }
    List<Integer> lines = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode && !isNull(item)) {
        lines.add(lineOf(item, lineOffset));
      }
    }
    return lines;
  }

  /** A list of mappings, such as a sidecar's passage notes. */
  List<YamlMap> maps(String key) {
    Node node = value(key);
    if (node == null) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      typeError(key, node, "a list of entries");
      return List.of();
    }
    List<YamlMap> maps = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        maps.add(new YamlMap(path, lineOffset, diagnostics, mapping));
      } else {
        diagnostics.error(
            path, lineOf(item, lineOffset), "each item of \"" + key + "\" must be a mapping");
      }
    }
    return List.copyOf(maps);
  }

  private Node value(String key) {
    NodeTuple tuple = entries.get(key);
    if (tuple == null || isNull(tuple.getValueNode())) {
      return null;
    }
    return tuple.getValueNode();
  }

  private void typeError(String key, Node node, String expected) {
    diagnostics.error(
        path, lineOf(node, lineOffset), "\"" + key + "\" must be " + expected);
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
  }

  private static int lineOf(Node node, int lineOffset) {
    return node.getStartMark().map(Mark::getLine).orElse(0) + 1 + lineOffset;
  }

  /**
   * The line to show for {@code e}, 1-based within {@code text}: where the problem is, except for a
   * quote or bracket never closed (the parser notices it later, often at the end of the text) or
   * anything noticed only at the end, where it is the line that opened it; never past the text's
   * last line.
   */
  static int line(MarkedYamlEngineException e, String text) {
    int last = 1;
    for (int i = 0; i < text.length() - 1; i++) {
      if (text.charAt(i) == '\n') {
        last++;
      }
    }
    int problem = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
    boolean atEnd = problem > last || (e.getProblem() != null && e.getProblem().contains("end of stream"));
    String context = e.getContext() == null ? "" : e.getContext();
    boolean unclosed = context.contains("flow sequence") || context.contains("flow mapping") || context.contains("quoted scalar");
    int line = atEnd || unclosed ? e.getContextMark().map(m -> m.getLine() + 1).orElse(problem) : problem;
    return Math.max(1, Math.min(line, last));
  }

  /** The parser's message; what it was reading, with the line that began it when that is another. */
  private static String describe(MarkedYamlEngineException e, int line, int lineOffset) {
    String problem = e.getProblem();
    String context = e.getContext();
    if (problem == null || problem.isBlank()) {
      return firstLine(e.getMessage());
    }
    if (context == null || context.isBlank()) {
      return problem;
    }
    int opened = e.getContextMark().map(m -> m.getLine() + 1).orElse(line);
    return context + (opened == line ? "" : " begun on line " + (opened + lineOffset)) + ": " + problem;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable document";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
