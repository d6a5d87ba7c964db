package gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.load.EditionConfig.MentionPolicy;
import gloss.load.Note;
import gloss.structure.Reading;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
  private static final String TEXT = "Talks Resume in Vienna\n\n"
      + "Ada Lovelace met Charles Babbage in Vienna. Lovelace spoke first.\n\n"
      + "Later, Babbage and Lovelace left Vienna together.\n";
  private static final List<Note> NOTES = List.of(
      CatalogTest.person("ada-lovelace", "Ada Lovelace"),
      CatalogTest.person("charles-babbage", "Charles Babbage"),
      CatalogTest.place("vienna", "Vienna"));

  private static AnnotatedReading annotate(MentionPolicy policy) {
    return annotate(TEXT, policy);
  }

  private static AnnotatedReading annotate(String text, MentionPolicy policy) {
    Diagnostics diagnostics = new Diagnostics();
    Reading reading = Fixtures.structure(text, diagnostics);
    AnnotatedReading annotated = new Annotator(Catalog.of(NOTES, diagnostics), policy).annotate(reading, diagnostics);
    assertEquals("", Fixtures.messages(diagnostics).replaceAll(".*warning: no sidecar.*", "").strip());
    return annotated;
  }

  /** Renders with a plain Flexmark set-up, as any CommonMark-with-footnotes tool would. */
  private static Document render(String markdown) {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), YamlFrontMatterExtension.create()));
    Parser parser = Parser.builder(options).build();
    return Jsoup.parseBodyFragment(HtmlRenderer.builder(options).build().render(parser.parse(markdown)));
  }

  @Test
  void theFirstMentionInAReadingCarriesTheFootnoteAndEveryMentionLinks() {
    AnnotatedReading annotated = annotate(MentionPolicy.FIRST_FOOTNOTE);
    assertEquals(List.of("ada-lovelace", "charles-babbage", "vienna"),
        annotated.footnotes().stream().map(Footnote::entry).toList());
    assertEquals(List.of(1, 2, 3), annotated.footnotes().stream().map(Footnote::number).toList());
    assertEquals(7, annotated.mentions().size(), annotated.mentions().toString());
    Document html = render(annotated.markdown());
    assertEquals(3, html.select("sup.footnote-ref, a.footnote-ref").size(), html.html());
    assertEquals(7, html.select("a[href^=../entries/]").size() - 3, "7 mentions plus 3 links inside the footnotes");
    assertEquals("Ada Lovelace: A gloss for Ada Lovelace.", html.select(".footnotes li").get(0).text().replace("↩", "").strip());
  }

  @Test
  void linksOnlyAndOffPolicies() {
    AnnotatedReading links = annotate(MentionPolicy.LINKS_ONLY);
    assertTrue(links.footnotes().isEmpty());
    assertEquals(7, render(links.markdown()).select("a[href^=../entries/]").size());
    AnnotatedReading off = annotate(MentionPolicy.OFF);
    assertTrue(off.mentions().isEmpty());
    assertFalse(off.markdown().contains("](../entries/"));
  }

  @Test
  void theMarkdownHasFrontMatterThatFlexmarkSkips() {
    AnnotatedReading annotated = annotate(MentionPolicy.FIRST_FOOTNOTE);
    assertTrue(annotated.markdown().startsWith("---\ntitle: \"Talks Resume in Vienna\"\n"), annotated.markdown());
    Document html = render(annotated.markdown());
    assertFalse(html.text().contains("title:"), html.text());
    assertTrue(html.text().startsWith("Ada Lovelace"), html.text());
  }

  @Test
  void aParenthesisRightAfterAFootnoteMarkStaysText() {
    AnnotatedReading annotated = annotate("Talks Resume\n\nThey met in Vienna(Austria) and Vienna (again).\n",
        MentionPolicy.FIRST_FOOTNOTE);
    assertTrue(annotated.markdown().contains("[Vienna](../entries/vienna.html)[^1]\\(Austria)"), annotated.markdown());
    Document html = render(annotated.markdown());
    assertEquals("They met in Vienna1(Austria) and Vienna (again).", html.select("p").first().text(), html.html());
    assertEquals(1, html.select("sup a.footnote-ref").size(), html.html());
  }
}
