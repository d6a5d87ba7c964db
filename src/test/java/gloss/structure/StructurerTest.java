package gloss.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.structure.Metadata.TitleOrigin;
import java.util.List;
import org.junit.jupiter.api.Test;

class StructurerTest {
  private static Reading structure(String text) {
    return Fixtures.structure(text, new Diagnostics());
  }

  @Test
  void theFirstTitleLikeLineIsTheTitle() {
    Reading reading = structure("Ministers Meet in Vienna\n\nThe ministers met on Tuesday. They spoke for an hour.\n");
    assertEquals("Ministers Meet in Vienna", reading.meta().title());
    assertEquals(TitleOrigin.TEXT, reading.meta().titleOrigin());
    assertEquals(List.of("The ministers met on Tuesday. They spoke for an hour."),
        reading.paragraphs().stream().map(Block.Paragraph::text).toList());
  }

  @Test
  void aTextWithoutTitleGetsAWarningAndAShortFallback() {
    Diagnostics diagnostics = new Diagnostics();
    String lead = "The ministers met on Tuesday in Vienna and spoke for about an hour about the treaty, "
        + "the prisoners and the grain corridor, without agreeing on anything of substance.";
    Reading reading = Fixtures.structure(lead + "\n\nA second paragraph follows here.\n", diagnostics);
    assertEquals(TitleOrigin.FALLBACK, reading.meta().titleOrigin());
    assertTrue(reading.meta().title().length() < lead.length(), reading.meta().title());
    assertTrue(reading.meta().title().endsWith("…"), reading.meta().title());
    assertTrue(Fixtures.messages(diagnostics).contains("warning: no title line"), Fixtures.messages(diagnostics));
    assertEquals(lead, reading.paragraphs().get(0).text(), "the lead keeps its words");
  }

  @Test
  void shortUnpunctuatedLinesHeadingParagraphsAreHeadings() {
    Reading reading = structure("Four Reasons Why It Mattered\n\nThe meeting was brief. But it mattered.\n\n"
        + "It happened at all\n\nThe mere fact that it took place is important.\n\n"
        + "Russia downplayed the meeting\n\nThe Russian side tried to minimise the encounter.\n");
    List<Block> blocks = reading.blocks();
    assertInstanceOf(Block.Paragraph.class, blocks.get(0));
    assertEquals(new Block.Heading("It happened at all", 5), blocks.get(1));
    assertEquals(new Block.Heading("Russia downplayed the meeting", 9), blocks.get(3));
  }

  @Test
  void aParagraphEndingWithAColonIntroducesABlockQuote() {
    Reading reading = structure("A Title For The Test\n\nThe analyst notes:\n\n"
        + "Russia has blunted everything thrown at it. Every assumption has proven mistaken.\n\n"
        + "We all know what happens next.\n");
    Block.Quote quote = assertInstanceOf(Block.Quote.class, reading.blocks().get(1));
    assertEquals(1, quote.paragraphs().size());
    assertTrue(quote.paragraphs().get(0).text().startsWith("Russia has blunted"));
    assertInstanceOf(Block.Paragraph.class, reading.blocks().get(2));
  }

  @Test
  void aQuotationOpenedInOneParagraphAndClosedInALaterOneIsOneQuote() {
    Reading reading = structure("A Title For The Test\n\nThe newspaper reported that he would not reply:\n\n"
        + "“KYIV, Ukraine — The minister said on Wednesday that he would not reply.\n\n"
        + "At the same time, he warned that an attack could come quickly.\n\n"
        + "The reply has been one of Moscow’s central requests.”\n\n"
        + "Over two days, he has apparently changed his mind.\n");
    Block.Quote quote = assertInstanceOf(Block.Quote.class, reading.blocks().get(1));
    assertEquals(3, quote.paragraphs().size());
    assertInstanceOf(Block.Paragraph.class, reading.blocks().get(2));
  }

  @Test
  void aHeadlineNamingAPublicationBeforeAQuotationIsItsCitation() {
    Reading reading = structure("A Title For The Test\n\nThe meeting was hastily scheduled.\n\n"
        + "Ministers meet in hopes of easing tensions | Just The News\n\n"
        + "“The ministers met on Friday in Geneva for about an hour and a half.\n\n"
        + "No tangible outcome was clear after the conversation.\n");
    Block.Quote quote = reading.blocks().stream().filter(Block.Quote.class::isInstance)
        .map(Block.Quote.class::cast).findFirst().orElseThrow();
    assertEquals("Ministers meet in hopes of easing tensions | Just The News", quote.citation().orElseThrow());
  }

  @Test
  void inlineQuotationsStayInline() {
    Reading reading = structure("A Title For The Test\n\nHe called it “constructive and useful,” but no more.\n\n"
        + "“We will understand that later,” he added.\n");
    assertTrue(reading.blocks().stream().noneMatch(Block.Quote.class::isInstance));
    assertEquals(2, reading.paragraphs().size());
  }

  @Test
  void creditsAndDatelinesLeaveTheBody() {
    Reading reading = structure("Talks in Washington Resume\n\n"
        + "WASHINGTON (AP) — The talks resumed on Monday after a long pause.\n\n"
        + "Laura Kelly contributed.\n");
    assertEquals(List.of("Laura Kelly contributed."), reading.meta().credits());
    assertEquals("WASHINGTON (AP)", reading.meta().dateline().orElseThrow());
    assertEquals("The talks resumed on Monday after a long pause.", reading.paragraphs().get(0).text());
    assertEquals(1, reading.paragraphs().size());
  }
}
