package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.bench.SyntheticEdition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

class PlainYamlTest {
  /** Lines of every kind a sidecar may hold, and values that look plain but are not. */
  private static final List<String> LINES = List.of(
      "title: Lavrov Picked Up the Phone", "date: 2022-01-21", "source: The Moscow Times",
      "sha256: 7d9bc59ab9edc4a87457062c4b3c6d5ce4760e27737ed02b7f413d28ec020496", "original_name: 001_42d85cc.txt",
      "url: https://example.com/a?b=c#d", "count: 12", "big: 99999999999", "under: 1_000", "hex: 0x1F", "neg: -5",
      "yes: yes", "flag: true", "none: null", "tilde: ~", "float: 1.5", "inf: .inf", "quote: Lavrov’s “reply”",
      "accent: Élysée", "colon: a:b", "hash: a#b", "comma: a, b [c] {d}", "dash: a - b", "# a comment", "",
      "#comment: no", "spaced:  two spaces", "trailing: space ", "comment: a # b", "mapping: a: b", "ends: with:",
      "quoted: 'single'", "double: \"double\"", "star: *alias", "amp: &anchor x", "bang: !tag x", "pipe: |",
      "fold: >-", "list: [a, b]", "flow: {a: b}", "at: @x", "tick: `x`", "pct: %x", "q: ?x", "empty:", "key:value",
      "  indented: x", "- item", "---", "...", "tab:\tx", "in: a\tb", "1key: x", "ke-y: x", "nel: a\u0085b",
      "bom: \uFEFFx", "ls: a\u2028b", "ctl: a\u0001b", "del: a\u007Fb", "surrogate: \uD83D\uDE00", "dup: 1", "dup: 2",
      "private: \uE000", "nbsp: a\u00A0b", "key : x", "Key: X", "k_2: v");

  /** Random documents of those lines: what the plain reader reads, it reads as snakeyaml does. */
  @Test
  void readsWhatItReadsAsSnakeyamlComposesIt() {
    Random random = new Random(20261203);
    int read = 0;
    for (int round = 0; round < 20_000; round++) {
      List<String> lines = new ArrayList<>();
      for (int i = 1 + random.nextInt(6); i > 0; i--) {
        // mostly the plain lines a sidecar has, so that many documents are read
        lines.add(LINES.get(random.nextInt(random.nextInt(4) == 0 ? LINES.size() : 23)));
      }
      String text = String.join("\n", lines) + (random.nextBoolean() ? "\n" : "");
      read += compare(text) ? 1 : 0;
    }
    assertTrue(read > 5_000 && read < 19_000, read + " documents read");
  }

  /** Every sidecar of a synthetic edition is read, and each as snakeyaml reads it. */
  @Test
  void readsTheSidecarsOfASyntheticEdition(@TempDir Path root) throws IOException {
    new SyntheticEdition(1, 50, 40).write(root);
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
      files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() > 50, files.size() + " sidecars");
    for (Path file : files) {
      assertTrue(compare(Files.readString(file)), file.toString());
    }
  }

  /** The edition's own sidecars: most are richer than plain lines, and are left to snakeyaml, which is compared too. */
  @Test
  void theEditionsSidecarsAreReadAsSnakeyamlReadsThem() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("content"))) {
      for (Path file : walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        compare(Files.readString(file));
      }
    }
  }

  /** True when the plain reader read {@code text}, after checking that snakeyaml makes the same nodes. */
  private static boolean compare(String text) {
    Optional<MappingNode> plain = PlainYaml.read(text, "t.yaml");
    if (plain.isEmpty()) {
      return false;
    }
    Optional<Node> composed;
    try {
      composed = new Compose(LoadSettings.builder().setLabel("t.yaml").build()).composeString(text);
    } catch (YamlEngineException e) {
      throw new AssertionError("read a document snakeyaml refuses: " + text, e);
    }
    assertTrue(composed.isPresent() && composed.get() instanceof MappingNode, text);
    MappingNode expected = (MappingNode) composed.get();
    assertEquals(line(expected), line(plain.get()), text);
    assertEquals(expected.getValue().size(), plain.get().getValue().size(), text);
    for (int i = 0; i < expected.getValue().size(); i++) {
      NodeTuple want = expected.getValue().get(i);
      NodeTuple got = plain.get().getValue().get(i);
      assertScalar(want.getKeyNode(), got.getKeyNode(), text);
      assertScalar(want.getValueNode(), got.getValueNode(), text);
    }
    return true;
  }

  private static void assertScalar(Node want, Node got, String text) {
    assertTrue(want instanceof ScalarNode, text);
    assertEquals(((ScalarNode) want).getValue(), ((ScalarNode) got).getValue(), text);
    assertEquals(want.getTag(), got.getTag(), text);
    assertEquals(line(want), line(got), text);
  }

  private static int line(Node node) {
    return node.getStartMark().map(Mark::getLine).orElse(-1);
  }
}
