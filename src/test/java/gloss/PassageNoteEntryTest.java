package gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A passage note with {@code entry:} makes its quoted words a mention of that entry. */
class PassageNoteEntryTest {
  @TempDir Path root;

  private BuildResult build(String sidecar) {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/notes/event/the-talks.md"),
        "---\nname: The Monday talks\ngloss: Talks held in this test.\ndate: 2022-01-10\n---\nThey happened.\n");
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), sidecar);
    return Gloss.build(new Project(root.resolve("content"), root.resolve("templates"), root.resolve("site")));
  }

  @Test
  void theQuotedWordsAreListedOnTheEntryPageAndTheNoteLinksIt() throws IOException {
    BuildResult result = build("""
        notes:
          - quote: met the delegates on Monday
            entry: the-talks
            kind: context
            note: The talks of 10 January.
        """);
    assertTrue(result.ok(), Fixtures.messages(result.diagnostics()));
    Document entry = Jsoup.parse(root.resolve("site/entries/the-talks.html").toFile(), "UTF-8");
    assertEquals("1 reading", entry.selectFirst("#mentions + p").text());
    Element mention = entry.selectFirst("ol.mentions li");
    assertNotNull(mention, entry.html());
    assertEquals("met the delegates on Monday", mention.selectFirst("mark").text());
    assertTrue(mention.selectFirst("a").attr("href").endsWith("first-reading.html#p1"), mention.html());
    Document reading = Jsoup.parse(root.resolve("site/readings/first-reading.html").toFile(), "UTF-8");
    Element note = reading.selectFirst("section.footnotes li:contains(The talks of 10 January)");
    assertNotNull(note, reading.html());
    assertNotNull(note.selectFirst("a[href=../entries/the-talks.html]"), note.html());
  }

  @Test
  void anUnknownEntryIsAnErrorOnTheNotesLine() {
    BuildResult result = build("""
        title: Fine
        notes:
          - quote: met the delegates on Monday
            entry: the-tlaks
            note: A note.
        """);
    assertFalse(result.ok());
    assertTrue(Fixtures.messages(result.diagnostics()).contains(
        "first-reading.yaml:3: unknown note id \"the-tlaks\" in entry:"), Fixtures.messages(result.diagnostics()));
  }
}
