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

  /**
   * The hand-written reader against what it replaced (a regular expression per form, then
   * {@code LocalDate.parse}), on random strings of digits, dashes, blanks and digits from other
   * scripts, and on every day of four years around a leap year.
   */
  @Test
  void editionDatesReadAsTheRegularExpressionsDid() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = "0123456789012-- \t\u0663\uFF11x";
    for (int round = 0; round < 200_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(byExpressions(text.toString()), EditionDate.parse(text.toString()), text.toString());
    }
    for (java.time.LocalDate day = java.time.LocalDate.of(2022, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
      assertEquals(byExpressions(day.toString()), EditionDate.parse(day.toString()), day.toString());
      assertEquals(day.toString(), EditionDate.parse(day.toString()).orElseThrow().iso());
    }
    for (String text : new String[] {"2024-02-29", "2023-02-29", "2022-00", "2022-04-31", " 2022-04-30 ", "0000-01-01"}) {
      assertEquals(byExpressions(text), EditionDate.parse(text), text);
    }
  }

  private static java.util.Optional<EditionDate> byExpressions(String text) {
    String s = text.strip();
    try {
      if (s.matches("\\d{4}")) {
        return java.util.Optional.of(new EditionDate(Integer.parseInt(s), 0, 0));
      }
      if (s.matches("\\d{4}-\\d{2}")) {
        int month = Integer.parseInt(s.substring(5, 7));
        java.time.Month.of(month);
        return java.util.Optional.of(new EditionDate(Integer.parseInt(s.substring(0, 4)), month, 0));
      }
      if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        java.time.LocalDate date = java.time.LocalDate.parse(s);
        return java.util.Optional.of(new EditionDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.empty();
  }

  @Test
  void wordsAndReadingTime() {
    assertEquals(6, Words.count("Blinken met Lavrov — briefly, in New-Delhi."));
    assertEquals(1, Words.minutes(1));
    assertEquals(3, Words.minutes(690));
  }

  /** Words against their definition, on random text of every kind of character the count tells apart. */
  @Test
  void wordsAreWhiteSpaceSeparatedTokensWithALetterOrDigit() {
    java.util.Random random = new java.util.Random(20261203);
    String alphabet = " \t\n\u000B\u001C\u00A0\u2003\u3000aZ09-—.,é\u0416\u0663\u4E2D\uD83D\uDE00";
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      int expected = 0;
      int start = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
          if (s.substring(start, i).chars().anyMatch(Character::isLetterOrDigit)) {
            expected++;
          }
          start = i + 1;
        }
      }
      assertEquals(expected, Words.count(s), s);
      int limit = random.nextInt(4);
      assertEquals(Math.min(expected, limit + 1), Words.count(s, limit), s + ", limit " + limit);
    }
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

  /** A wide builder starts empty with the room asked for, and makes the strings a plain one makes. */
  @Test
  void aWideBuilderHoldsWhatAPlainOneHolds() {
    StringBuilder wide = WideBuilder.of(10_000);
    assertEquals(0, wide.length());
    assertTrue(wide.capacity() >= 10_000, "capacity " + wide.capacity());
    assertEquals("plain", wide.append("plain").toString());
    assertEquals("plain \u201Cquoted\u201D \uD83D\uDE00", wide.append(" \u201Cquoted\u201D \uD83D\uDE00").toString());
    assertEquals("", WideBuilder.of(0).toString());
  }
}
