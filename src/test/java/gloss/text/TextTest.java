package gloss.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Blinken Meets Lavrov in Geneva      | blinken-meets-lavrov-in-geneva
      ../../etc/passwd                    | etc-passwd
      -leading dash                       | leading-dash
      Erdoğan’s visit                     | erdogans-visit
      file name with spaces.txt           | file-name-with-spaces-txt
      """)
  void slugsAreSafeAndReadable(String text, String slug) {
    assertEquals(slug, Slugs.slugify(text));
    assertTrue(Slugs.isSlug(slug));
  }

  @Test
  void slugsOfNothingReadableAreStillNonEmpty() {
    for (String text : new String[] {"!!!", "🙂🙂", "שלום", ""}) {
      assertEquals("", Slugs.slugify(text));
      String slug = Slugs.slugify(text, "reading");
      assertTrue(Slugs.isSlug(slug), text + " -> " + slug);
      assertFalse(slug.contains("/") || slug.contains("."), slug);
    }
  }

  @Test
  void editionDatesKeepTheirPrecision() {
    assertEquals("21 January 2022", EditionDate.parse("2022-01-21").orElseThrow().display());
    assertEquals("March 2023", EditionDate.parse("2023-03").orElseThrow().display());
    assertEquals("2022", EditionDate.parse("2022").orElseThrow().iso());
    assertTrue(EditionDate.parse("2022-02-30").isEmpty());
    assertTrue(EditionDate.parse("2022-13").isEmpty());
    assertTrue(EditionDate.parse("yesterday").isEmpty());
  }

  @Test
  void wordsAndReadingTime() {
    assertEquals(6, Words.count("Blinken met Lavrov — briefly, in New-Delhi."));
    assertEquals(1, Words.minutes(1));
    assertEquals(3, Words.minutes(690));
  }

  /** Counting up to a limit stops one word past it, and is otherwise the whole count. */
  @Test
  void wordsCountedUpToALimit() {
    String text = "Blinken met Lavrov — briefly, in New-Delhi.";
    for (int limit = 0; limit < 9; limit++) {
      assertEquals(Math.min(6, limit + 1), Words.count(text, limit), "limit " + limit);
      assertEquals(Math.min(6, limit + 1), Words.count(text + " — ", limit), "limit " + limit + ", trailing space");
    }
    assertEquals(0, Words.count(" — ", 0));
  }

  @Test
  void excerptsCutAtAWordAndMarkTheCut() {
    String cut = Excerpts.cut("The ministers met in Geneva on Friday morning.", 20);
    assertTrue(cut.length() <= 20, cut);
    assertTrue(cut.endsWith("…"), cut);
    assertTrue("The ministers met in Geneva on Friday morning.".startsWith(cut.substring(0, cut.length() - 1)), cut);
  }

  @Test
  void suggestionsFindTheNearestKnownWord() {
    assertEquals("source", Suggestions.nearest("soruce", java.util.List.of("title", "source", "summary")).orElseThrow());
    assertTrue(Suggestions.nearest("zzzzzzzz", java.util.List.of("title")).isEmpty());
  }
}
