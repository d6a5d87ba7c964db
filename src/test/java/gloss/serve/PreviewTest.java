package gloss.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.Project;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on an ephemeral port of 127.0.0.1, over an edition in a temporary folder. */
class PreviewTest {
  @TempDir Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final HttpClient http = HttpClient.newHttpClient();
  private Preview preview;

  @AfterEach
  void stop() throws IOException {
    if (preview != null) {
      preview.close();
    }
  }

  private Preview start() throws IOException {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    preview = Preview.start(Project.at(root), 0, new PrintWriter(out, true), new PrintWriter(err, true));
    return preview;
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(preview.url().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Waits for the watcher to see a change, as a user would; a condition with a generous deadline,
   * not a measure of speed, so a slow machine only makes the test slower.
   */
  private static void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("gave up waiting: " + what);
      }
      Thread.sleep(50);
    }
  }

  @Test
  void servesPagesWithTheReloadScriptButNeverWritesIt() throws Exception {
    start();
    HttpResponse<String> page = get("/readings/first-reading.html");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("<script src=\"/__gloss/reload.js?build=1\" defer></script>\n</head>"), page.body());
    assertTrue(page.body().contains("Ada Lovelace"));
    HttpResponse<String> script = get("/__gloss/reload.js");
    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertTrue(script.body().contains("/__gloss/status"));
    assertEquals("{\"build\":1,\"errors\":[]}\n", get("/__gloss/status").body());
    assertEquals(200, get("/").statusCode(), "the folder gives its index.html");
    HttpResponse<String> css = get("/assets/style.css");
    assertFalse(css.body().contains("__gloss"), "only HTML gets the script");
    assertEquals(404, get("/no/such/page.html").statusCode());
    assertFalse(Files.exists(root.resolve("site")), "serve builds in memory and leaves site/ alone");
  }

  /** A save that changes no page (a touch, an edit undone) rebuilds but does not make open pages reload. */
  @Test
  void aSaveThatChangesNoPageKeepsTheBuildNumber() throws Exception {
    start();
    Path note = root.resolve("content/notes/person/ada-lovelace.md");
    Files.writeString(note, Files.readString(note)); // the same bytes, a new modification time
    preview.rebuild();
    assertEquals(1, preview.build());
    assertEquals("{\"build\":1,\"errors\":[]}\n", get("/__gloss/status").body());
    Files.writeString(note, Files.readString(note).replace("first program", "first published program"));
    preview.rebuild();
    assertEquals(2, preview.build(), "a change of a page still does");
  }

  @Test
  void rebuildsWhenAFileChangesAndTheNewPageIsServed() throws Exception {
    start();
    Path note = root.resolve("content/notes/person/ada-lovelace.md");
    Files.writeString(note, "---\nname: Ada Lovelace\ngloss: Edited while the server ran.\n---\nShe wrote programs.\n");
    await(() -> preview.build() >= 2, "a rebuild after the note changed");
    assertTrue(get("/readings/first-reading.html").body().contains("Edited while the server ran."));
    assertTrue(get("/readings/first-reading.html").body().contains("reload.js?build=2"));
    Fixtures.write(root.resolve("content/notes/place/geneva.md"), "---\nname: Geneva\ngloss: A city.\n---\n");
    await(() -> preview.build() >= 3, "a rebuild after a note was added in a new folder");
    assertEquals(200, get("/entries/geneva.html").statusCode());
  }

  @Test
  void aBrokenSidecarShowsItsErrorAndTheLastGoodPageStaysServed() throws Exception {
    start();
    String good = get("/readings/first-reading.html").body();
    Fixtures.write(root.resolve("content/readings/first-reading.yaml"), "title: Fine\nsoruce: AP\n");
    await(() -> {
      try {
        return get("/__gloss/status").body().contains("soruce");
      } catch (IOException | InterruptedException e) {
        throw new AssertionError(e);
      }
    }, "the failed build's errors");
    String status = get("/__gloss/status").body();
    assertTrue(status.startsWith("{\"build\":1,\"errors\":[\""), status);
    assertTrue(status.contains("first-reading.yaml:2: unknown key \\\"soruce\\\""), status);
    assertEquals(good, get("/readings/first-reading.html").body(), "the last good build is still served");
    assertTrue(err.toString().contains("first-reading.yaml:2: unknown key \"soruce\""), err.toString());
    assertTrue(err.toString().contains("still serving the last good build"), err.toString());
    String script = get("/__gloss/reload.js").body();
    assertTrue(script.contains("gloss-build-errors"), "the script draws the errors over the page");

    Files.delete(root.resolve("content/readings/first-reading.yaml"));
    await(() -> preview.build() >= 2, "a good build once the sidecar is fixed");
    assertEquals("{\"build\":2,\"errors\":[]}\n", get("/__gloss/status").body());
  }

  @Test
  void withoutAnyGoodBuildEveryPageIsTheErrorPage() throws Exception {
    Fixtures.minimalEdition(root);
    Fixtures.copyTemplates(root);
    Fixtures.write(root.resolve("content/edition.yaml"), "titel: Typo\n");
    preview = Preview.start(Project.at(root), 0, new PrintWriter(out, true), new PrintWriter(err, true));
    HttpResponse<String> page = get("/index.html");
    assertEquals(503, page.statusCode());
    assertTrue(page.body().contains("content/edition.yaml"), page.body());
    assertTrue(page.body().contains("/__gloss/reload.js?build=0"), page.body());
    assertFalse(page.body().contains("<script>"), "no inline script: the pages' policy forbids it");
  }
}
