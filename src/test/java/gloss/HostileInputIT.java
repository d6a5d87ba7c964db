package gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input, built by the real jar in a fresh JVM with a 512 MB heap: each case is a
 * content folder that breaks one thing, and either builds safely or fails with {@code path:line:}
 * and exit 1, never with a stack trace and never leaving a half-written site.
 *
 * <p>The corpus is {@code src/test/resources/hostile/<case>/{content/, expected.txt}}; cases too big
 * to commit (a 20 MB line, 200,000 lines, a text over the size limit) or that a repository cannot
 * hold (a symbolic link out of the content folder) are made here. {@code expected.txt} holds one
 * expectation a line: {@code exit N}; {@code stderr TEXT} (a line of the error output contains
 * it); {@code file PATH} (the site has it); {@code text PATH TEXT} (the page's visible text
 * contains it); {@code title PATH TEXT} (its {@code h1} is exactly that).
 *
 * <p>Runs in {@code mvn verify} after the jar is packaged (Failsafe). Each build gets two minutes
 * before it counts as hung; the time each took is printed, never asserted.
 */
class HostileInputIT {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");
  private static final Path JAR = Path.of("target/gloss.jar");
  private static final Pattern STACK_FRAME = Pattern.compile("^\\s+at [\\w.$]+\\(", Pattern.MULTILINE);

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> eachCaseInTheCorpus() throws IOException {
    assertTrue(Files.isRegularFile(JAR), "run after mvn package: " + JAR + " is missing");
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertTrue(cases.size() >= 20, "only " + cases.size() + " cases");
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      Path root = temp.resolve(dir.getFileName().toString());
      FileUtils.copyDirectory(dir.resolve("content").toFile(), root.resolve("content").toFile());
      List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8);
      check(root, expected);
    }));
  }

  @TestFactory
  Stream<DynamicTest> generatedCases() {
    return Stream.of(
        DynamicTest.dynamicTest("20 MB on one line", () -> {
          Path root = edition("one-huge-line");
          StringBuilder text = new StringBuilder("One Long Line\n\n");
          while (text.length() < 20_000_000) {
            text.append("The delegates met again and talked about the treaty. ");
          }
          write(root, "long.txt", text.append('\n').toString());
          check(root, List.of("exit 0", "title readings/long.html One Long Line",
              "text readings/long.html The delegates met again and talked about the treaty."));
        }),
        DynamicTest.dynamicTest("200,000 short lines", () -> {
          Path root = edition("many-lines");
          StringBuilder text = new StringBuilder("Many Short Lines\n\n");
          for (int i = 1; i <= 200_000; i++) {
            text.append("Line ").append(i).append(" of the text.\n");
          }
          write(root, "many.txt", text.toString());
          check(root, List.of("exit 0", "title readings/many.html Many Short Lines",
              "text readings/many.html Line 200000 of the text."));
        }),
        DynamicTest.dynamicTest("a text over the size limit", () -> {
          Path root = edition("too-big");
          write(root, "big.txt", "Big\n\n" + "word ".repeat(14_000_000));
          check(root, List.of("exit 1", "stderr content/readings/big.txt:1: text is over the 64 MB limit"));
        }),
        DynamicTest.dynamicTest("a symbolic link out of the content folder", () -> {
          Path root = edition("symlink");
          write(root, "real.txt", "A Real Reading\n\nIt has one paragraph of its own.\n");
          Path outside = Files.writeString(temp.resolve("outside-secret.txt"), "Secret\n\nNot content.\n");
          Files.createSymbolicLink(root.resolve("content/readings/secret.txt"), outside);
          check(root, List.of("exit 1", "stderr content/readings/secret.txt: symbolic link refused"));
        }));
  }

  private Path edition(String name) throws IOException {
    Path root = temp.resolve(name);
    Files.createDirectories(root.resolve("content/readings"));
    Files.writeString(root.resolve("content/edition.yaml"), "title: Generated\n");
    return root;
  }

  private static void write(Path root, String name, String text) throws IOException {
    Files.writeString(root.resolve("content/readings").resolve(name), text, StandardCharsets.UTF_8);
  }

  /** Builds {@code root/content} into {@code root/site} in a fresh JVM and checks the outcome. */
  private static void check(Path root, List<String> expected) throws Exception {
    FileUtils.copyDirectory(Path.of("templates").toFile(), root.resolve("templates").toFile());
    Path err = root.resolve("stderr.txt");
    long start = System.nanoTime();
    Process process = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-jar", JAR.toAbsolutePath().toString(), "build")
        .directory(root.toFile())
        .redirectOutput(root.resolve("stdout.txt").toFile())
        .redirectError(err.toFile())
        .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(root.getFileName() + ": the build did not finish in two minutes");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    System.out.printf(Locale.ROOT, "hostile input %s: exit %d in %.1f s%n", root.getFileName(), process.exitValue(),
        (System.nanoTime() - start) / 1e9);
    assertFalse(STACK_FRAME.matcher(stderr).find(), "a stack trace:\n" + stderr);
    assertFalse(stderr.contains("Exception"), stderr);
    Path site = root.resolve("site");
    for (String line : expected) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split(" ", 2);
      String rest = words.length > 1 ? words[1] : "";
      switch (words[0]) {
        case "exit" -> assertEquals(Integer.parseInt(rest), process.exitValue(), stderr);
        case "stderr" -> assertTrue(stderr.contains(rest), "no \"" + rest + "\" in:\n" + stderr);
        case "file" -> assertTrue(Files.isRegularFile(site.resolve(rest)), rest + " was not written");
        case "text" -> {
          String[] pathAndText = rest.split(" ", 2);
          String text = page(site, pathAndText[0]).body().text();
          assertTrue(text.contains(pathAndText[1]), "no \"" + pathAndText[1] + "\" in " + pathAndText[0]);
        }
        case "title" -> {
          String[] pathAndText = rest.split(" ", 2);
          assertEquals(pathAndText[1], page(site, pathAndText[0]).selectFirst("h1").text());
        }
        default -> fail("unknown expectation: " + line);
      }
    }
    if (process.exitValue() == 0) {
      assertOnlyOwnScripts(site);
    } else {
      assertEquals(1, process.exitValue(), stderr);
      assertTrue(STACK_FRAME.matcher(stderr).results().findAny().isEmpty());
      assertFalse(Files.exists(site), "a failed build wrote " + site);
      assertTrue(stderr.lines().anyMatch(l -> l.matches("content/\\S.*?(:\\d+)?: .*")),
          "no path:line: message in:\n" + stderr);
    }
    try (Stream<Path> top = Files.list(root)) {
      List<String> names = top.map(p -> p.getFileName().toString()).sorted().toList();
      // the site and its index (SiteWriter), beside what the test itself made
      List<String> allowed = List.of(".site.index", "content", "site", "stderr.txt", "stdout.txt", "templates");
      assertTrue(allowed.containsAll(names), "files written outside the site: " + names);
    }
  }

  private static Document page(Path site, String path) throws IOException {
    Path file = site.resolve(path);
    assertTrue(Files.isRegularFile(file), path + " was not written");
    return Jsoup.parse(file.toFile(), "UTF-8");
  }

  /** No script, event handler or javascript: URL in the site that Gloss did not write itself. */
  private static void assertOnlyOwnScripts(Path site) throws IOException {
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        for (Element script : doc.select("script")) {
          String src = script.attr("src");
          boolean ours = src.matches("(\\.\\./)*(assets/(gloss|search)\\.js|search/[\\w-]+\\.js)")
              || (src.isEmpty() && script.attr("type").equals("application/ld+json") && !script.data().contains("</"));
          if (!ours) {
            problems.add(site.relativize(file) + ": " + script.outerHtml());
          }
        }
        for (Element element : doc.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
            if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                || value.startsWith("javascript:") || value.startsWith("data:text/html")) {
              problems.add(site.relativize(file) + ": " + element.tagName() + " " + attribute);
            }
          }
        }
        for (String tag : List.of("iframe", "object", "embed", "style", "base", "meta[http-equiv=refresh]")) {
          doc.select(tag).forEach(e -> problems.add(site.relativize(file) + ": " + e.outerHtml()));
        }
        doc.select("form:not(.search-form)").forEach(e -> problems.add(site.relativize(file) + ": " + e.outerHtml()));
      }
    }
    assertEquals(List.of(), problems);
  }
}
