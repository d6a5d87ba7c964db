package gloss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.bench.SyntheticEdition;
import gloss.render.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition of 205 synthetic readings: large enough that the educators' packet is split into
 * parts of 100 readings, and that a build streams its pages into the staging folder instead of
 * holding the site in memory; what it writes must be exactly what the same build held in memory.
 */
class LargeEditionTest {
  private static final int READINGS = 205;
  @TempDir static Path root;
  private static BuildResult written;
  private static List<Page> inMemory;

  @BeforeAll
  static void build() throws IOException {
    new SyntheticEdition(7, READINGS, 60).write(root);
    Fixtures.copyTemplates(root);
    written = Gloss.build(Project.at(root));
    assertTrue(written.ok(), Fixtures.messages(written.diagnostics()));
    BuildResult checked = Gloss.check(Project.at(root));
    assertTrue(checked.ok(), Fixtures.messages(checked.diagnostics()));
    inMemory = checked.site();
  }

  @Test
  void theSiteOnDiskIsTheSiteBuiltInMemory() throws IOException {
    Path site = root.resolve("site");
    List<String> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).map(p -> site.relativize(p).toString()).sorted().toList();
    }
    assertEquals(inMemory.stream().map(Page::path).toList(), files);
    assertEquals(files.size(), written.pages());
    for (Page page : inMemory) {
      assertArrayEquals(page.bytes(), Files.readAllBytes(site.resolve(page.path())), page.path());
    }
    try (Stream<Path> siblings = Files.list(root)) {
      // the site's index (see SiteWriter) is its one companion
      assertFalse(siblings.anyMatch(p -> p.getFileName().toString().startsWith(".site.") && !p.getFileName().toString().equals(".site.index")),
          "a staging folder is left");
    }
  }

  @Test
  void thePacketComesInPartsOfAHundredReadingsThatLinkEachOther() throws IOException {
    Path site = root.resolve("site");
    List<String> parts = List.of("packet.html", "packet-2.html", "packet-3.html");
    assertFalse(Files.exists(site.resolve("packet-4.html")));
    int[][] ranges = {{1, 100}, {101, 200}, {201, 205}};
    for (int i = 0; i < parts.size(); i++) {
      Document doc = Jsoup.parse(Files.readString(site.resolve(parts.get(i)), StandardCharsets.UTF_8));
      List<String> anchors = doc.select("article.packet-reading h2[id]").eachAttr("id");
      assertEquals("r" + ranges[i][0], anchors.get(0), parts.get(i));
      assertEquals("r" + ranges[i][1], anchors.get(anchors.size() - 1), parts.get(i));
      assertEquals(ranges[i][1] - ranges[i][0] + 1, anchors.size(), parts.get(i));
      assertEquals("For educators, part " + (i + 1) + " of 3", doc.selectFirst("h1").text());
      List<String> links = doc.select("nav[aria-label=Parts of the packet] a").eachAttr("href");
      assertEquals(parts, links);
      Element current = doc.selectFirst("nav[aria-label=Parts of the packet] a[aria-current=page]");
      assertEquals(parts.get(i), current.attr("href"));
      assertEquals("Readings " + ranges[i][0] + "–" + ranges[i][1], current.text());
    }
  }

  @Test
  void thePartsOfThePacketAreValidHtml() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setLoadEntities(false);
    for (String part : List.of("packet.html", "packet-2.html", "packet-3.html")) {
      String report = validator.validate(root.resolve("site").resolve(part));
      List<String> errors = report.lines().filter(l -> l.contains(": error:") || l.contains(": fatal")).toList();
      assertEquals(List.of(), errors, part);
    }
  }

  @Test
  void theSitemapListsEveryPartOfThePacket() throws IOException {
    String sitemap = Files.readString(root.resolve("site/sitemap.xml"), StandardCharsets.UTF_8);
    assertTrue(sitemap.contains("packet-3.html"), sitemap.substring(0, Math.min(600, sitemap.length())));
  }
}
