package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import org.junit.jupiter.api.Test;

class SidecarParserTest {
  private static final String PATH = "content/readings/r.yaml";
  private final Diagnostics diagnostics = new Diagnostics();

  private Sidecar parse(String yaml) {
    return SidecarParser.parse(yaml, PATH, diagnostics);
  }

  @Test
  void readsEveryField() {
    Sidecar sidecar = parse("""
        title: A Title
        date: 2022-03
        source: The Associated Press
        url: https://example.org/a
        order: 2
        notes:
          - quote: the exact words
            kind: correction
            occurrence: 2
            note: It was *not* so.
        """);
    assertEquals("", Fixtures.messages(diagnostics));
    assertEquals("A Title", sidecar.title().orElseThrow());
    assertEquals("March 2022", sidecar.date().orElseThrow().display());
    assertEquals(2, sidecar.order().orElseThrow());
    PassageNote note = sidecar.notes().get(0);
    assertEquals(PassageNote.Kind.CORRECTION, note.kind());
    assertEquals(2, note.occurrence());
    assertEquals(7, note.line());
  }

  @Test
  void unknownKeysAreErrorsWithASuggestion() {
    parse("title: A\nsoruce: AP\n");
    assertEquals(PATH + ":2: unknown key \"soruce\" (did you mean \"source\"?)", Fixtures.messages(diagnostics));
  }

  @Test
  void malformedYamlIsAnErrorWithItsLine() {
    parse("title: A\ndate: [2022\nsource: AP\n");
    String message = Fixtures.messages(diagnostics);
    assertTrue(message.startsWith(PATH + ":"), message);
    assertTrue(diagnostics.hasErrors());
    assertTrue(!message.contains("Exception"), message);
  }

  /** The parser notices an unclosed quote at the end of the text: the line shown is the quote's. */
  @Test
  void somethingNeverClosedIsShownWhereItBegan() {
    parse("title: \"unclosed\nsource: AP\nurl: https://example.org\n");
    assertTrue(Fixtures.messages(diagnostics).startsWith(PATH + ":1: malformed YAML: while scanning a quoted scalar"),
        Fixtures.messages(diagnostics));
  }

  @Test
  void aBracketNeverClosedIsShownWhereItOpened() {
    parse("title: A\nkey_terms: [a, b\nsource: AP\nurl: https://example.org\n");
    assertTrue(Fixtures.messages(diagnostics).startsWith(PATH + ":2: malformed YAML: while parsing a flow sequence: "),
        Fixtures.messages(diagnostics));
  }

  @Test
  void aProblemNoticedLaterNamesTheLineThatBeganWhatItWasReading() {
    parse("title: A\nsource: AP\n  date: 2022\n");
    String message = Fixtures.messages(diagnostics);
    assertTrue(message.startsWith(PATH + ":3: malformed YAML: "), message);
  }

  @Test
  void wrongTypesAndBadValuesAreErrors() {
    parse("title: [a, list]\ndate: yesterday\nurl: javascript:alert(1)\norder: 0\n");
    String message = Fixtures.messages(diagnostics);
    assertEquals(4, diagnostics.errorCount(), message);
    assertTrue(message.contains(PATH + ":1:"), message);
    assertTrue(message.contains(PATH + ":2:"), message);
    assertTrue(message.contains(PATH + ":3: \"url\" must start with http:// or https://"), message);
    assertTrue(message.contains(PATH + ":4: \"order\" must be 1 or more"), message);
  }

  @Test
  void anAliasBombIsRefusedQuickly() {
    StringBuilder yaml = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    char previous = 'a';
    for (char c = 'b'; c <= 'j'; c++) {
      yaml.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        yaml.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      yaml.append("]\n");
      previous = c;
    }
    parse(yaml.toString());
    assertTrue(diagnostics.hasErrors());
    assertTrue(Fixtures.messages(diagnostics).startsWith(PATH + ":"), Fixtures.messages(diagnostics));
  }
}
