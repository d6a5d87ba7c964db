package gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.load.PassageNote;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchorsTest {
  private static final List<String> TEXT = List.of(
      "The ministers met in Geneva. The meeting was brief.",
      "Afterwards the ministers met reporters. Nobody expected a breakthrough.");

  private static PassageNote note(String quote, String prefix, int occurrence) {
    return new PassageNote(quote, prefix, "", occurrence, PassageNote.Kind.EDITORIAL, "A note.", "", 7);
  }

  private static Optional<Anchors.Anchor> locate(PassageNote note, Diagnostics diagnostics) {
    return Anchors.locate(note, TEXT, "content/readings/x.yaml", diagnostics);
  }

  @Test
  void findsAUniqueQuoteAndPointsAfterIt() {
    Diagnostics diagnostics = new Diagnostics();
    Anchors.Anchor anchor = locate(note("meeting was brief", "", 0), diagnostics).orElseThrow();
    assertEquals(new Anchors.Anchor(0, TEXT.get(0).indexOf("meeting was brief") + "meeting was brief".length()), anchor);
    assertEquals("", Fixtures.messages(diagnostics));
  }

  @Test
  void aMissingQuoteIsAnErrorNamingTheSidecarLineAndTheNearestPassage() {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(locate(note("the meeting was short", "", 0), diagnostics).isEmpty());
    String message = Fixtures.messages(diagnostics);
    assertTrue(message.startsWith("content/readings/x.yaml:7: passage not found: \"the meeting was short\""), message);
    assertTrue(message.contains("The meeting was brief"), message);
  }

  @Test
  void anAmbiguousQuoteIsAnErrorUnlessDisambiguated() {
    Diagnostics diagnostics = new Diagnostics();
    assertTrue(locate(note("ministers met", "", 0), diagnostics).isEmpty());
    assertTrue(Fixtures.messages(diagnostics).startsWith("content/readings/x.yaml:7:"), Fixtures.messages(diagnostics));
    assertTrue(Fixtures.messages(diagnostics).contains("2"), Fixtures.messages(diagnostics));

    Diagnostics ok = new Diagnostics();
    assertEquals(1, locate(note("ministers met", "", 2), ok).orElseThrow().paragraph());
    assertEquals(1, locate(note("ministers met", "Afterwards the", 0), ok).orElseThrow().paragraph());
    assertEquals("", Fixtures.messages(ok));
  }

  @Test
  void anchorsSurviveTypographicEditsOfTheText() {
    Diagnostics diagnostics = new Diagnostics();
    List<String> edited = List.of("Afterwards the ministers met reporters.  Nobody \u201cexpected\u201d a breakthrough.");
    Optional<Anchors.Anchor> anchor = Anchors.locate(
        note("Nobody \"expected\" a breakthrough", "", 0), edited, "content/readings/x.yaml", diagnostics);
    assertEquals("", Fixtures.messages(diagnostics));
    assertEquals(edited.get(0).length() - 1, anchor.orElseThrow().end());
  }
}
