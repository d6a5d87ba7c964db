package gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the freshly built edition is valid HTML5 by the Nu HTML Checker, run in-process and
 * offline (its schemas are inside its jar). Errors fail the test; the checker's warnings and info
 * messages are printed but allowed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidityTest {
  private Path site;

  @BeforeAll
  void build(@TempDir Path dir) {
    site = dir.resolve("site");
    BuildResult result = Gloss.build(new Project(Path.of("content"), Path.of("templates"), site));
    assertTrue(result.written(), Fixtures.messages(result.diagnostics()));
  }

  private List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void everyPageIsValidHtml5() throws Exception {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
    validator.setLoadEntities(false);
    List<String> errors = new ArrayList<>();
    // Warnings and info messages, each told once; the known one is the checker reading 'self' in
    // the policy strictly for file: URLs, which browsers allow (BrowserTest opens pages from disk).
    Set<String> notes = new TreeSet<>();
    List<Path> pages = pages();
    assertTrue(pages.size() > 20, "only " + pages.size() + " pages");
    for (Path page : pages) {
      String report = validator.validate(page);
      for (String line : report.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        String shown = site.relativize(page) + ":" + line.substring(line.indexOf(':') + 1);
        if (line.contains(": error:") || line.contains(": fatal")) {
          errors.add(shown);
        } else {
          notes.add(line.substring(line.indexOf(": ", line.indexOf('"', 1)) + 2));
        }
      }
    }
    notes.forEach(note -> System.out.println("nu html checker, allowed: " + note));
    assertEquals(List.of(), errors, "HTML errors in " + errors.size() + " places");
  }

  /** An empty list is a section guard that failed; the search page's results list is filled by its script. */
  @Test
  void noPageHasAnEmptyList() throws IOException {
    List<String> empty = new ArrayList<>();
    for (Path page : pages()) {
      org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
      for (org.jsoup.nodes.Element list : doc.select("ul, ol, dl, tbody").not("#search-results")) {
        if (list.children().isEmpty()) {
          Element heading = list.parent() == null ? null : list.parent().selectFirst("h2, h3");
          empty.add(site.relativize(page) + ": an empty <" + list.tagName() + ">"
              + (heading == null ? "" : " under \"" + heading.text() + "\""));
        }
      }
    }
    assertEquals(List.of(), empty);
  }
}
