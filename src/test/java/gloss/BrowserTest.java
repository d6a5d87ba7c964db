package gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The built edition in a real browser: Debian's headless Chromium driven through the system
 * chromedriver, opening the site from disk. Saves a screenshot of each page type at desktop and
 * phone width under {@code target/screenshots/} for review.
 *
 * <p>Skipped with a message where Chromium is not installed; never skipped in CI, where {@code
 * .ci/run} installs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final int DESKTOP = 1400;
  private static final int PHONE = 375;
  private static final Map<String, String> PAGES = Map.of(
      "home", "index.html",
      "reading", "readings/why-the-new-delhi-meeting-mattered.html",
      "entry", "entries/paul-whelan.html",
      "index", "entries/index.html",
      "timeline", "timeline.html",
      "search", "search.html?q=Whelan",
      "packet", "packet.html",
      "about", "about.html",
      "report", "reports/why-the-new-delhi-meeting-mattered.html",
      "notfound", "404.html");

  private ChromeDriver driver;
  private Path site;

  @BeforeAll
  void start(@TempDir Path dir) {
    boolean available = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!available && System.getenv("CI") != null) {
      fail("CI must run the browser tests: install chromium and chromium-driver (.ci/run does)");
    }
    Assumptions.assumeTrue(available,
        "browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER + " is missing (apt-get install chromium chromium-driver)");
    site = dir.resolve("site");
    BuildResult result = Gloss.build(new Project(Path.of("content"), Path.of("templates"), site));
    assertTrue(result.written(), Fixtures.messages(result.diagnostics()));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--hide-scrollbars", "--window-size=" + DESKTOP + ",1000",
        // this machine's network is closed: no background fetches, updates or sync
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(60));
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void width(int pixels) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", pixels, "height", pixels == PHONE ? 800 : 1000, "deviceScaleFactor", 1, "mobile", pixels == PHONE));
  }

  private void open(String path) {
    String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
    String file = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
    String hash = file.contains("#") ? file.substring(file.indexOf('#')) : "";
    file = file.contains("#") ? file.substring(0, file.indexOf('#')) : file;
    driver.get(site.resolve(file).toUri() + query + hash);
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  private List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogEntry::getMessage).collect(Collectors.toList());
  }

  private void waitFor(String cssSelector) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (!driver.findElements(By.cssSelector(cssSelector)).isEmpty()) {
        return;
      }
      Thread.sleep(50);
    }
    fail("nothing matched " + cssSelector + " on " + driver.getCurrentUrl());
  }

  @Test
  void everyPageTypeRendersWithoutConsoleErrorsAtBothWidths() throws IOException, InterruptedException {
    Path shots = Path.of("target/screenshots");
    Files.createDirectories(shots);
    for (int w : new int[] {DESKTOP, PHONE}) {
      width(w);
      for (Map.Entry<String, String> page : PAGES.entrySet()) {
        consoleErrors();
        open(page.getValue());
        if (page.getKey().equals("search")) {
          waitFor("#search-results li");
        }
        assertEquals(List.of(), consoleErrors(), page.getValue() + " at " + w + " px");
        long overflow = (Long) js("return document.documentElement.scrollWidth - window.innerWidth;");
        assertTrue(overflow <= 0, page.getValue() + " scrolls sideways by " + overflow + " px at " + w + " px");
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), shots.resolve(page.getKey() + "-" + w + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  @Test
  void aFootnoteLinkJumpsToItsNoteAndBack() {
    width(PHONE);
    open("readings/why-the-new-delhi-meeting-mattered.html");
    WebElement ref = driver.findElement(By.cssSelector("a.footnote-ref"));
    String target = ref.getAttribute("href").replaceAll("^.*#", "");
    ref.click();
    assertTrue(driver.getCurrentUrl().endsWith("#" + target), driver.getCurrentUrl());
    assertTrue((Boolean) js("var r = document.getElementById(arguments[0]).getBoundingClientRect();"
        + "return r.top >= -1 && r.top < window.innerHeight;", target), "the note is in view");
    driver.findElement(By.cssSelector("#" + target + " a.footnote-backref")).click();
    assertTrue(driver.getCurrentUrl().matches(".*#fnref-[0-9]+$"), driver.getCurrentUrl());
  }

  @Test
  void sidenotesShowOnWideScreensAndFoldOnPhones() {
    width(DESKTOP);
    open("readings/why-the-new-delhi-meeting-mattered.html");
    WebElement sidenote = driver.findElement(By.cssSelector(".sidenote"));
    assertTrue(sidenote.isDisplayed(), "sidenote visible at " + DESKTOP + " px");
    long left = (Long) js("return Math.round(arguments[0].getBoundingClientRect().left);", sidenote);
    long textRight = (Long) js("return Math.round(document.querySelector('.text p').getBoundingClientRect().right);");
    assertTrue(left >= textRight, "the sidenote sits in the margin, right of the text");
    width(PHONE);
    open("readings/why-the-new-delhi-meeting-mattered.html");
    assertFalse(driver.findElement(By.cssSelector(".sidenote")).isDisplayed(), "sidenotes fold at " + PHONE + " px");
    assertTrue(driver.findElement(By.cssSelector("section.footnotes")).isDisplayed(), "numbered notes below the text");
  }

  @Test
  void searchFindsWhelanAndHighlightsTheParagraph() throws InterruptedException {
    width(DESKTOP);
    open("search.html?q=Whelan");
    waitFor("#search-results li");
    List<WebElement> results = driver.findElements(By.cssSelector("#search-results li a"));
    assertTrue(results.get(0).getText().contains("Whelan"), results.get(0).getText());
    WebElement paragraph = results.stream().filter(a -> a.getAttribute("href").contains("#p")).findFirst().orElseThrow();
    paragraph.click();
    waitFor("mark.found");
    assertEquals("Whelan", driver.findElement(By.cssSelector("mark.found")).getText());
  }

  @Test
  void aParagraphRangeIsHighlighted() throws InterruptedException {
    width(DESKTOP);
    open("readings/why-the-new-delhi-meeting-mattered.html#p3-p5");
    // when the page was already open under another fragment, only a hashchange event follows, later
    waitFor("p.assigned");
    assertEquals(List.of("p3", "p4", "p5"), driver.findElements(By.cssSelector("p.assigned")).stream()
        .map(e -> e.getAttribute("id")).toList());
  }

  /** axe-core's rules for WCAG 2.1 A and AA; the script comes from Deque's jar on the test classpath. */
  private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  private String axeScript() throws IOException {
    try (var in = BrowserTest.class.getClassLoader().getResourceAsStream("axe.min.js")) {
      assertTrue(in != null, "axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private void colourScheme(String scheme) {
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void everyPageTypePassesAxeForWcag21AaAtBothWidthsInLightAndDarkMode() throws IOException, InterruptedException {
    String axe = axeScript();
    List<String> violations = new java.util.ArrayList<>();
    int checked = 0;
    for (String scheme : List.of("light", "dark")) {
      colourScheme(scheme);
      for (int w : new int[] {DESKTOP, PHONE}) {
        width(w);
        for (Map.Entry<String, String> page : new java.util.TreeMap<>(PAGES).entrySet()) {
          open(page.getValue());
          if (page.getKey().equals("search")) {
            waitFor("#search-results li");
          }
          js(axe);
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> found = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(
              "var done = arguments[arguments.length - 1];"
                  + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                  + ".then(function (r) { done(r.violations.map(function (v) {"
                  + "  return {id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) {"
                  + "    return n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '); })}; })); })"
                  + ".catch(function (e) { done([{id: 'axe-error', help: String(e), nodes: []}]); });",
              WCAG);
          for (Map<String, Object> v : found) {
            violations.add(page.getValue() + " at " + w + " px, " + scheme + ": " + v.get("id") + " (" + v.get("help") + ") "
                + v.get("nodes"));
          }
          checked++;
        }
      }
    }
    colourScheme("light");
    assertEquals(PAGES.size() * 4, checked);
    assertEquals(List.of(), violations, String.join("\n", violations));
  }
}
