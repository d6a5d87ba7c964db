package gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Builds the real edition in {@code content/} and {@code templates/} and reads the pages back. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionBuildTest {
  private Path temp;
  private Path site;
  private BuildResult result;

  @BeforeAll
  void build(@TempDir Path dir) {
    temp = dir;
    site = temp.resolve("site");
    result = Gloss.build(new Project(Path.of("content"), Path.of("templates"), site));
  }

  private Document page(String path) throws IOException {
    Path file = site.resolve(path);
    assertTrue(Files.isRegularFile(file), path);
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  /** A paragraph's own words: without its number link and footnote marks. */
  private static String words(Element paragraph) {
    Element copy = paragraph.clone();
    copy.select("a.pnum, sup, .sidenote").remove();
    return copy.text();
  }

  @Test
  void buildsWithoutErrors() {
    assertTrue(result.ok(), Fixtures.messages(result.diagnostics()));
    assertTrue(result.written());
    assertEquals(5, result.readings());
    assertEquals(0, result.diagnostics().warningCount(), Fixtures.messages(result.diagnostics()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      blinken-meets-lavrov-in-geneva | US Sec. of State Blinken Meets with Russian Foreign Minister Lavrov in Geneva, No Ukraine Breakthroughs As of Yet | This morning, US Secretary of State Anthony Blinken met | At least that’s the way it seems.
      is-us-russian-diplomacy-dead | Is U.S.-Russian Diplomacy Dead? | 2 at its embassy in Washington in retaliation | Eyeing each other warily across negotiating tables, U.S.
      russia-not-isolated-us-wants-to-talk | Russia Is Not Isolated, and Now the U.S. Wants to Talk | The Joe Biden administration likes to claim that Russia is internationally isolated | “Somehow trying to justify what’s unjustifiable.”
      lavrov-picked-up-the-phone | Lavrov Picked Up The Phone. | As you may expect, in the US media and State Department | the break is existential.
      why-the-new-delhi-meeting-mattered | Why the diplomatic meeting between the US and Russia on Thursday was so important | State Secretary Antony Blinken and Russian Foreign Minister Sergey Lavrov held their first face-to-face meeting | would easily sweep to victory.
      """)
  void eachReadingHasItsTitleFirstAndLastParagraph(String id, String title, String first, String last)
      throws IOException {
    Document doc = page("readings/" + id + ".html");
    assertEquals(title, doc.selectFirst("h1").text());
    List<Element> paragraphs = doc.select("p.para");
    assertFalse(paragraphs.isEmpty());
    assertTrue(words(paragraphs.get(0)).startsWith(first), words(paragraphs.get(0)));
    assertTrue(words(paragraphs.get(paragraphs.size() - 1)).endsWith(last), words(paragraphs.get(paragraphs.size() - 1)));
    assertNotNull(doc.selectFirst("a[href=" + id + ".md]"), "links its Markdown");
    assertTrue(Files.isRegularFile(site.resolve("readings/" + id + ".md")));
  }

  @Test
  void noDebrisReachesAReadingPage() throws IOException {
    List<String> debris = List.of("See also", "Leave a Reply", "Advertisement", "Please enter your",
        "Most Popular", "Recent Comments", "visit The Hill", "deep sea diplomats", "Click to expand menu",
        "AP.zz", "HomeTop", "date 2022-07-29");
    for (Path file : htmlFiles("readings")) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      doc.select(".sidenote").remove();
      String text = doc.select(".text > p, .text > h2, .text > blockquote").text();
      for (String line : debris) {
        assertFalse(text.contains(line), file + " contains \"" + line + "\"");
      }
    }
  }

  @Test
  void theStructureOfTheReadingsIsRecognised() throws IOException {
    Document delhi = page("readings/why-the-new-delhi-meeting-mattered.html");
    assertEquals(List.of("It happened at all", "Blinken again called for the release of Paul Whelan",
            "Push the Kremlin to rejoin the nuclear treaty", "Russia downplayed the meeting"),
        delhi.select(".text > h2").eachText());
    assertEquals("Laura Kelly contributed.", delhi.select(".meta dt:containsOwn(Credits) + dd").text());
    assertEquals(2, page("readings/lavrov-picked-up-the-phone.html").select(".text > blockquote").size());
    Document geneva = page("readings/blinken-meets-lavrov-in-geneva.html");
    assertEquals(2, geneva.select(".text > blockquote").size());
    assertTrue(geneva.select(".text > blockquote").get(1).text().contains("As U.S. and Russia Prepare to Talk"));
    assertEquals("2022-07-29",
        page("readings/russia-not-isolated-us-wants-to-talk.html").selectFirst("time").attr("datetime"));
  }

  @Test
  void passageNotesAndMentionsBecomeFootnotes() throws IOException {
    Document delhi = page("readings/why-the-new-delhi-meeting-mattered.html");
    assertTrue(delhi.select(".footnotes li").eachText().stream().anyMatch(t -> t.startsWith("Correction. \"Bolt\"")));
    Element blinken = delhi.selectFirst(".text a.mention[href=../entries/antony-blinken.html]");
    assertNotNull(blinken);
    Document entry = page("entries/antony-blinken.html");
    assertTrue(entry.select("ol.mentions a").eachAttr("href").contains("../readings/why-the-new-delhi-meeting-mattered.html#p1"));
  }

  @Test
  void everyInternalLinkResolvesAndNoneLeavesTheSite() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : htmlFiles("")) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element link : doc.select("[href], [src]")) {
        String ref = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        URI uri = URI.create(ref);
        if (uri.isAbsolute() || ref.startsWith("/")) {
          broken.add(site.relativize(file) + ": leaves the site: " + ref);
          continue;
        }
        Path target = uri.getPath().isEmpty() ? file : file.getParent().resolve(uri.getPath()).normalize();
        if (!target.startsWith(site) || !Files.isRegularFile(target)) {
          broken.add(site.relativize(file) + ": no such file: " + ref);
        } else if (uri.getFragment() != null && target.toString().endsWith(".html")
            && Jsoup.parse(target.toFile(), "UTF-8").getElementById(uri.getFragment()) == null) {
          broken.add(site.relativize(file) + ": no such fragment: " + ref);
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void twoBuildsAreByteIdentical() throws IOException {
    Path again = temp.resolve("again");
    assertTrue(Gloss.build(new Project(Path.of("content"), Path.of("templates"), again)).written());
    List<Path> first = files(site);
    assertEquals(first, files(again));
    for (Path relative : first) {
      assertArrayEquals(Files.readAllBytes(site.resolve(relative)), Files.readAllBytes(again.resolve(relative)),
          relative.toString());
    }
  }

  /**
   * The same edition kept elsewhere on the disk (so that messages show it by absolute path) gives
   * the same bytes: no page names the folder a build ran in or where the edition is kept.
   */
  @Test
  void aCopyOfTheEditionElsewhereBuildsTheSameBytes() throws IOException {
    Path elsewhere = temp.resolve("elsewhere");
    org.apache.commons.io.FileUtils.copyDirectory(Path.of("content").toFile(), elsewhere.resolve("content").toFile());
    org.apache.commons.io.FileUtils.copyDirectory(Path.of("templates").toFile(), elsewhere.resolve("templates").toFile());
    Path copy = temp.resolve("copy");
    assertTrue(Gloss.build(new Project(elsewhere.resolve("content"), elsewhere.resolve("templates"), copy)).written());
    List<Path> first = files(site);
    assertEquals(first, files(copy));
    for (Path relative : first) {
      String text = Files.readString(copy.resolve(relative));
      assertFalse(text.contains(temp.toString()), relative + " names the folder the edition was built from");
      assertArrayEquals(Files.readAllBytes(site.resolve(relative)), Files.readAllBytes(copy.resolve(relative)),
          relative.toString());
    }
  }

  @Test
  void theOnlyScriptsAreTheProjectsOwn() throws IOException {
    List<String> allowed = List.of("assets/gloss.js", "assets/search.js", "search/manifest.js");
    for (Path file : htmlFiles("")) {
      Document doc = Jsoup.parse(file.toFile(), "UTF-8");
      for (Element script : doc.select("script")) {
        if (script.attr("type").equals("application/ld+json")) {
          assertFalse(script.data().contains("<"), file + ": markup inside JSON-LD");
          continue;
        }
        String src = script.attr("src").replace("../", "");
        assertTrue(allowed.contains(src), file + ": unexpected script " + script.outerHtml());
        assertTrue(script.data().isBlank(), file + ": inline script");
      }
      assertTrue(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
          .noneMatch(a -> a.getKey().startsWith("on") || a.getValue().trim().toLowerCase().startsWith("javascript:")),
          file + ": an event handler or javascript: URL");
    }
  }

  @Test
  void everyPageTypeIsPresent() {
    for (String path : List.of("index.html", "about.html", "timeline.html", "search.html", "packet.html", "404.html",
        "entries/index.html", "entries/paul-whelan.html", "readings/is-us-russian-diplomacy-dead.html",
        "readings/is-us-russian-diplomacy-dead.md", "reports/is-us-russian-diplomacy-dead.html",
        "reports/is-us-russian-diplomacy-dead.json", "feed.xml", "sitemap.xml", "search/manifest.js",
        "search/index-0.js", "assets/style.css", "assets/gloss.js", "assets/search.js")) {
      assertTrue(Files.isRegularFile(site.resolve(path)), path);
    }
  }

  @Test
  void everyPageCarriesAContentSecurityPolicyWithoutInlineScriptsOrRemoteOrigins() throws IOException {
    for (Path file : htmlFiles("")) {
      Element csp = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("meta[http-equiv=Content-Security-Policy]");
      assertNotNull(csp, file.toString());
      String policy = csp.attr("content");
      assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'"), policy);
      assertFalse(policy.contains("unsafe-inline") || policy.contains("http") || policy.contains("*"), policy);
    }
  }

  @Test
  void idsAreUniqueOnEveryPage() throws IOException {
    for (Path file : htmlFiles("")) {
      List<String> ids = Jsoup.parse(file.toFile(), "UTF-8").select("[id]").eachAttr("id");
      assertEquals(ids.size(), ids.stream().distinct().count(), file + " repeats an id");
    }
  }

  @Test
  void eachEntryPageListsExactlyTheMentionsFound() throws IOException {
    Path content = Path.of("content");
    gloss.diag.Diagnostics diagnostics = new gloss.diag.Diagnostics();
    var loaded = gloss.load.ContentLoader.load(content, diagnostics);
    var annotator = new gloss.annotate.Annotator(
        gloss.annotate.Catalog.of(loaded.notes(), diagnostics), loaded.edition().orElseThrow().mentions());
    java.util.Map<String, List<String>> expected = new java.util.TreeMap<>();
    for (var source : loaded.readings()) {
      var reading = gloss.structure.Structurer.structure(
          new gloss.clean.Cleaner(gloss.clean.Rules.standard()).clean(source, diagnostics), diagnostics);
      for (var mention : annotator.annotate(reading, diagnostics).mentions()) {
        expected.computeIfAbsent(mention.entry(), k -> new ArrayList<>())
            .add("../readings/" + source.id() + ".html#p" + mention.paragraph());
      }
    }
    for (var note : loaded.notes()) {
      List<String> listed = page("entries/" + note.id() + ".html").select("ol.mentions a").eachAttr("href");
      List<String> want = expected.getOrDefault(note.id(), List.of());
      assertEquals(want.stream().sorted().toList(), listed.stream().sorted().toList(), note.id());
    }
  }

  @Test
  void relatedReadingsAndTheTimelineAreInOrder() throws IOException {
    Document timeline = page("timeline.html");
    List<String> dates = timeline.select(".timeline-list time").eachAttr("datetime");
    assertFalse(dates.isEmpty());
    for (int i = 1; i < dates.size(); i++) {
      String a = dates.get(i - 1);
      String b = dates.get(i);
      int common = Math.min(a.length(), b.length());
      assertTrue(a.substring(0, common).compareTo(b.substring(0, common)) <= 0, a + " before " + b);
    }
    assertTrue(dates.indexOf("2022-07-29") < dates.indexOf("2022-07"), "a month-only reading follows that month's days");
    assertEquals(timeline.select(".timeline-list a").size(), timeline.select("svg a").size());
    Document delhi = page("readings/why-the-new-delhi-meeting-mattered.html");
    List<Element> related = delhi.select("#related-readings + ul > li");
    int previous = Integer.MAX_VALUE;
    for (Element li : related) {
      int shared = li.selectFirst(".aside").text().split(",").length;
      assertTrue(shared <= previous, "related readings ranked by shared entries: " + related);
      previous = shared;
    }
  }

  @Test
  void theSearchIndexHoldsParagraphsAndEntries() throws IOException {
    String index = Files.readString(site.resolve("search/index-0.js"), StandardCharsets.UTF_8);
    assertTrue(index.startsWith("/* Generated by Gloss"));
    assertTrue(index.contains("[\"e\",\"entries/paul-whelan.html\",\"Paul Whelan\""), "entry record");
    assertTrue(index.contains("\"readings/why-the-new-delhi-meeting-mattered.html#p12\""), "paragraph record");
    assertFalse(index.contains("</script"), "nothing that could close a script element");
  }

  @Test
  void theFeedAndSitemapAreWellFormedXml() throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    assertEquals(5, feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength());
    var sitemap = factory.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
    int urls = sitemap.getElementsByTagName("url").getLength();
    assertEquals(htmlFiles("").size() - 1, urls, "every page but 404.html");
  }

  @Test
  void thePacketHasEveryReadingWithQuestionsAndKeyTerms() throws IOException {
    Document packet = page("packet.html");
    assertEquals(5, packet.select("article.packet-reading").size());
    for (Element article : packet.select("article.packet-reading")) {
      assertTrue(article.select("ol.questions li").size() >= 3, article.id());
      assertFalse(article.select("dl.key-terms dt").isEmpty(), article.id());
      assertFalse(article.select(".text p.para").isEmpty(), article.id());
    }
  }

  private List<Path> htmlFiles(String under) throws IOException {
    try (Stream<Path> walk = Files.walk(site.resolve(under))) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }
}
