package gloss.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CleanerTest {
  private static final String LEAD = "The ministers met in Vienna on Tuesday to discuss the treaty.";

  private static Cleaned clean(String text) {
    return Fixtures.clean(text, new Diagnostics());
  }

  private static List<String> kept(Cleaned cleaned) {
    return cleaned.lines().stream().map(Line::text).toList();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', textBlock = """
      See also  Ten things to know about the election                 | related-link
      Read more: Why the talks failed                                  | related-link
      Related: Ministers meet again                                    | related-link
      Also read  The treaty explained                                  | related-link
      RELATED COVERAGE                                                 | related-link
      Leave a Reply                                                    | comment-box
      Please enter your comment!                                       | comment-box
      Please enter your name here                                      | comment-box
      You have entered an incorrect email address!                     | comment-box
      Save my name, email, and website in this browser for the next time I comment. | comment-box
      Cancel reply                                                     | comment-box
      Recent Comments                                                  | comment-box
      Most Popular                                                     | comment-box
      12 comments                                                      | comment-box
      - Advertisement -                                                | advertisement
      ADVERTISEMENT                                                    | advertisement
      Sponsored content                                                | advertisement
      Skip to content                                                  | widget
      Share this article                                               | widget
      Follow us on Twitter                                             | widget
      Subscribe to our newsletter                                      | widget
      We use cookies to improve your experience.                       | widget
      Like this:                                                       | widget
      Like Loading...                                                  | widget
      For the latest news, weather, sports and streaming video, visit The Hill. | syndication
      © 2023 Nexstar Media Inc. All rights reserved.                   | syndication
      We need to go deeper deep sea diplomats how to#                  | search-junk
      """)
  void dropsDebrisLines(String debris, String rule) {
    Cleaned cleaned = clean("A Headline About Talks\n\n" + LEAD + "\n\n" + debris + "\n\nThe talks ended late.\n");
    assertEquals(List.of("A Headline About Talks", LEAD, "The talks ended late."), kept(cleaned));
    ReportEntry entry = cleaned.report().entries().stream()
        .filter(e -> e.action() == ReportEntry.Action.DROPPED).findFirst().orElseThrow();
    assertEquals(rule, entry.rule());
    assertEquals(5, entry.line());
    assertEquals(debris, entry.before());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "See also how the two ministers described the meeting afterwards, in very different words.",
      "Related talks are planned for next month, officials said.",
      "Most popular among the proposals was a freeze on new deployments.",
      "Advertisement for the summit appeared in every newspaper in town on Monday.",
      "He said he would follow us on the question of the grain corridor.",
      "Comments by the minister were later withdrawn."
  })
  void keepsSentencesThatOnlyStartLikeDebris(String sentence) {
    Cleaned cleaned = clean(LEAD + "\n\n" + sentence + "\n");
    assertEquals(List.of(LEAD, sentence), kept(cleaned));
  }

  @Test
  void cutsMenuTextGluedToAParagraph() {
    Cleaned cleaned = clean(LEAD + "\n\nThe talks resumed in Vienna.Business & Finance Click to expand menu.\n");
    assertEquals(List.of(LEAD, "The talks resumed in Vienna."), kept(cleaned));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.CUT));
  }

  @Test
  void cutsAMenuLabelGluedToASentenceEndEvenWhenTheLabelEndsWithAFullStop() {
    Cleaned cleaned = clean(LEAD + "\n\nThe ward was paid for by local families.U.S. Business & Finance Click to expand menu.\n");
    assertEquals(List.of(LEAD, "The ward was paid for by local families."), kept(cleaned));
  }

  @Test
  void keepsAnAbbreviationStandingBeforeMenuText() {
    Cleaned cleaned = clean(LEAD + "\n\nThe talks were led by diplomats from the U.S. Business & Finance Click to expand menu.\n");
    assertEquals(List.of(LEAD, "The talks were led by diplomats from the U.S."), kept(cleaned));
    Cleaned phd = clean(LEAD + "\n\nThe report was written by a young Ph.D. World Click to expand menu.\n");
    assertEquals(List.of(LEAD, "The report was written by a young Ph.D."), kept(phd));
  }

  @Test
  void repairsAClosingQuotationMarkThatLostItsLastByte() {
    // "”" is E2 80 9D; read as Windows-1252 it shows as "â€" and the undefined 9D is lost.
    Cleaned cleaned = clean("\u00e2\u20ac\u0153We did it,\u00e2\u20ac said the chief. \u00e2\u20ac\u0153Thank you.\u00e2\u20ac\n");
    assertEquals("\u201cWe did it,\u201d said the chief. \u201cThank you.\u201d", kept(cleaned).get(0));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.REPAIRED));
  }

  @Test
  void repairsAClosingQuotationMarkWhoseLastByteSurvivedAsAControlCharacter() {
    Cleaned cleaned = clean("\u00e2\u20ac\u0153We did it,\u00e2\u20ac\u009d said the chief.\n");
    assertEquals("\u201cWe did it,\u201d said the chief.", kept(cleaned).get(0));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.REPAIRED));
  }

  @Test
  void flagsALostByteOutsideAClosingQuotationMarksPlace() {
    String line = "The minister\u00e2\u20acs aides declined to comment.";
    Cleaned cleaned = clean(line + "\n");
    assertEquals(List.of(line), kept(cleaned));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.SUSPICIOUS));
  }

  @Test
  void cutsADoubledLetterRunAfterASentence() {
    Cleaned cleaned = clean("The minister spoke to reporters, writes AP.zz\n\n" + LEAD + "\n");
    assertEquals("The minister spoke to reporters, writes AP.", kept(cleaned).get(0));
  }

  @Test
  void movesADateLineIntoTheFrontMatterAndKeepsTheLead() {
    Cleaned cleaned = clean("date 2022-07-29 " + LEAD + "\n");
    assertEquals(List.of(LEAD), kept(cleaned));
    assertEquals("2022-07-29", cleaned.found().date().orElseThrow().iso());
  }

  @Test
  void aSyndicationPromoNamesTheSource() {
    Cleaned cleaned = clean(LEAD + "\n\nFor the latest news, weather, sports and streaming video, visit The Hill.\n");
    assertEquals("The Hill", cleaned.found().source().orElseThrow());
  }

  @Test
  void dropsABreadcrumbThatRepeatsTheTitle() {
    Cleaned cleaned = clean("HomeTop StoriesWhy the meeting on Thursday was...\n\n"
        + "Why the meeting on Thursday was so important\n\n" + LEAD + "\n");
    assertEquals(List.of("Why the meeting on Thursday was so important", LEAD), kept(cleaned));
  }

  @Test
  void repairsWindows1252ReadAsUtf8() {
    Cleaned cleaned = clean("The minister\u00e2\u20ac\u2122s aides declined to comment.\n");
    assertEquals("The minister\u2019s aides declined to comment.", kept(cleaned).get(0));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.REPAIRED));
  }

  @Test
  void flagsOddLettersButKeepsThem() {
    String line = "He said “we will continue.”Īt the highest level, nothing changed.";
    Cleaned cleaned = clean(line + "\n");
    assertEquals(List.of(line), kept(cleaned));
    assertEquals(1, cleaned.report().count(ReportEntry.Action.SUSPICIOUS));
  }

  @Test
  void anAllDebrisTextIsAnError() {
    Diagnostics diagnostics = new Diagnostics();
    Fixtures.clean("Leave a Reply\n\n- Advertisement -\n", diagnostics);
    assertTrue(diagnostics.hasErrors());
    assertTrue(Fixtures.messages(diagnostics).contains("content/readings/test.txt: nothing left after cleaning"),
        Fixtures.messages(diagnostics));
  }

  @Test
  void keepsLineNumbersOfTheScrapedText() {
    Cleaned cleaned = clean("\n\nTitle Line Here\n\n\n" + LEAD + "\n");
    assertEquals(3, cleaned.lines().get(0).number());
    assertEquals(6, cleaned.lines().get(1).number());
    assertFalse(cleaned.report().entries().stream().anyMatch(e -> e.action() == ReportEntry.Action.DROPPED));
  }
}
