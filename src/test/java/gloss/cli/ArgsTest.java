package gloss.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgsTest {
  private static final Args.Spec SPEC = new Args.Spec("try", "Tries things.", "Tries things out.",
      List.of(Args.Option.value("--out", "DIR", "Where things go.", "site"),
          Args.Option.value("--title", "TEXT", "A title."),
          Args.Option.value("--port", "N", "A port.", "8000"),
          Args.Option.flag("--timings", "Prints times.")),
      new Args.Operands("FILE", 1, 2, "Files."));

  private static Args parse(String... args) throws Args.UsageException {
    return Args.parse(SPEC, List.of(args));
  }

  private static String error(String... args) {
    return assertThrows(Args.UsageException.class, () -> parse(args)).getMessage();
  }

  @Test
  void anOptionGivenTwiceIsAnError() {
    assertEquals("option '--out' given twice", error("--out", "a", "--out=b", "x.txt"));
    assertEquals("option '--timings' given twice", error("--timings", "--timings", "x.txt"));
  }

  @Test
  void valuesComeSeparateOrAfterAnEqualsSignAndDefaultsFillTheRest() throws Exception {
    Args args = parse("--out", "public", "--title=A = B", "a.txt");
    assertEquals(Optional.of(Path.of("public")), args.path("--out"));
    assertEquals(Optional.of("A = B"), args.value("--title"));
    assertEquals(8000, args.integer("--port"));
    assertFalse(args.flag("--timings"));
    assertEquals(List.of(Path.of("a.txt")), args.operandPaths());
    assertTrue(parse("a.txt", "--timings").flag("--timings"));
  }

  @Test
  void aDoubleDashEndsTheOptions() throws Exception {
    Args args = parse("--", "--odd-name.txt");
    assertEquals(List.of(Path.of("--odd-name.txt")), args.operandPaths());
  }

  @Test
  void mistakesAreNamedWithAHintWhereOneIsNear() {
    assertEquals("unknown option '--timing' (did you mean '--timings'?)", error("--timing", "a.txt"));
    assertEquals("unknown option '--zzz'", error("--zzz", "a.txt"));
    assertEquals("option '--out' needs a value (DIR)", error("a.txt", "--out"));
    assertEquals("option '--timings' takes no value", error("a.txt", "--timings=yes"));
    assertEquals("missing FILE (one or more)", error());
    assertTrue(error("a", "b", "c").startsWith("unexpected argument 'c'"));
  }

  @Test
  void aCommandWithTwoLettersSwappedIsRecognised() {
    List<String> names = List.of("build", "check", "clean", "serve", "add");
    assertEquals(Optional.of("build"), Main.swapped("bulid", names));
    assertEquals(Optional.of("serve"), Main.swapped("sevre", names));
    assertEquals(Optional.empty(), Main.swapped("bliud", names), "not neighbours");
    assertEquals(Optional.empty(), Main.swapped("build", names), "nothing swapped");
    assertEquals(Optional.empty(), Main.swapped("bulids", names));
  }

  @Test
  void aNumberThatIsNotOneIsAUsageError() throws Exception {
    Args args = parse("a.txt", "--port", "eighty");
    assertEquals("option '--port' needs a whole number, not 'eighty'",
        assertThrows(Args.UsageException.class, () -> args.integer("--port")).getMessage());
  }

  @Test
  void helpAndVersionNeedNoOperands() throws Exception {
    assertTrue(parse("--help").help());
    assertTrue(parse("-V").version());
  }

  @Test
  void helpListsEveryOptionWithItsDefaultAndWrapsAtEightyColumns() {
    String help = Help.of(SPEC);
    assertTrue(help.startsWith("Usage: gloss try [OPTIONS] FILE...\nTries things out.\n"), help);
    assertTrue(help.contains("  --out DIR      Where things go (default: site).\n"), help);
    assertTrue(help.contains("  --timings      Prints times.\n"), help);
    assertTrue(help.contains("  -h, --help     Shows this help and exits.\n"), help);
    assertTrue(help.lines().allMatch(line -> line.length() <= 80), help);
  }
}
