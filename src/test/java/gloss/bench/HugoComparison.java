package gloss.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.io.FileUtils;

/**
 * Gloss against Hugo on the same articles, in the same minutes. The issue that set Gloss's speed
 * targets measured Hugo once ("10,000 comparable Markdown articles in 9.5 s on this machine"), but
 * this machine's speed swings by half from one minute to the next (see {@link MemoryProbe}), so a
 * figure from another day says little: this runs both, alternating, round after round.
 *
 * <p>Hugo gets the Markdown Gloss writes for each synthetic reading ({@code readings/*.md}: front
 * matter, paragraphs with entry links and footnote marks, footnote definitions), with each
 * reading's entries added to its front matter, and builds it three ways:
 *
 * <ul>
 *   <li><b>bare</b>: a page per reading (its Markdown and footnotes through Goldmark, its source
 *       and date) and a home page listing them; no taxonomy, feed or sitemap. Less than any Gloss
 *       page does.
 *   <li><b>entries</b>: as Hugo builds a site with one taxonomy out of the box: also a page per
 *       entry listing the readings that mention it with a summary, an index of entries, the word
 *       count and reading time on each reading's page, Hugo's feeds (the home page, and each
 *       entry's) and its sitemap.
 *   <li><b>related</b>: entries, and on each reading's page its five most related readings by
 *       shared entries (Hugo's {@code .Related}), and a JSON index of every reading's plain text for
 *       searching: the nearest Hugo comes to what Gloss makes (Gloss also cleans, finds the
 *       mentions, and writes reports, a timeline and the educators' packet).
 * </ul>
 *
 * <p>Each round rebuilds the Gloss edition over its previous site ({@code java -jar
 * target/gloss.jar build}, as a maintainer runs it) and each Hugo site over its previous {@code
 * public/}; then (unless {@code -Dbench.first=false}) builds each of the four into an empty folder
 * of its own, the order turning from round to round, as a new edition's first build is. Those
 * folders are deleted only at the end: creating files on this machine's disk costs far more in
 * the minutes after many were deleted. Needs {@code hugo} on the path ({@code apt-get install
 * hugo}: 0.111.3 in Debian 12); never run by the tests. Run with {@code mvn -q -Pbench verify
 * -DskipTests -Dbench.main=gloss.bench.HugoComparison -Dbench.sizes=10000}; {@code
 * -Dbench.rounds=3}.
 */
public final class HugoComparison {
  private static final Pattern ENTRY_LINK = Pattern.compile("\\]\\(\\.\\./entries/([a-z0-9-]+)\\.html\\)");
  private static final List<String> WAYS = List.of("bare", "entries", "related");

  private HugoComparison() {}

  public static void main(String[] args) throws Exception {
    if (!hugoFound()) {
      System.out.println("hugo is not on the path: apt-get install hugo (Debian 12 has 0.111.3)");
      System.exit(2);
    }
    if (!Files.isRegularFile(Path.of("target/gloss.jar"))) {
      System.out.println("no target/gloss.jar: run mvn -q -DskipTests package first");
      System.exit(2);
    }
    Path work = Path.of("target/bench").toAbsolutePath();
    Path templates = Path.of("templates").toAbsolutePath();
    int rounds = Integer.getInteger("bench.rounds", 3);
    boolean first = Boolean.parseBoolean(System.getProperty("bench.first", "true"));
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores; " + hugoVersion());
    for (String size : System.getProperty("bench.sizes", "10000").split(",")) {
      int n = Integer.parseInt(size.trim());
      Path root = EditionBenchmark.edition(work, n, templates);
      List<String> gloss = gloss(root, root.resolve("site"));
      if (!Files.isRegularFile(root.resolve("site/.gloss"))) {
        EditionBenchmark.run(gloss, false);
      }
      Map<String, Path> sites = new LinkedHashMap<>();
      for (String way : WAYS) {
        Path site = work.resolve("hugo-" + way + "-" + n);
        write(root.resolve("site/readings"), site, way);
        sites.put(way, site);
        hugo(site, site.resolve("public")); // so that every timed rebuild is over its own output
      }
      Map<String, List<Double>> times = new LinkedHashMap<>();
      Path fresh = work.resolve("first-builds-" + n);
      FileUtils.deleteDirectory(fresh.toFile());
      for (int round = 1; round <= rounds; round++) {
        EditionBenchmark.probe(String.format(Locale.ROOT, "before round %d of %,d readings", round, n));
        EditionBenchmark.Result r = EditionBenchmark.run(gloss, false);
        report(times, n, "Gloss, java -jar target/gloss.jar build", r.seconds(), r.exit(), r.stolen());
        for (String way : WAYS) {
          report(times, n, "Hugo, " + way, hugo(sites.get(way), sites.get(way).resolve("public")));
        }
        if (first) {
          // each into a folder of its own that no build has used, in an order that turns each round
          List<String> builders = new ArrayList<>(WAYS);
          builders.add(0, "Gloss");
          Collections.rotate(builders, 1 - round);
          for (String builder : builders) {
            Path out = fresh.resolve(builder.toLowerCase(Locale.ROOT) + "-" + round);
            if (builder.equals("Gloss")) {
              EditionBenchmark.Result g = EditionBenchmark.run(gloss(root, out), false);
              report(times, n, "first build, Gloss", g.seconds(), g.exit(), g.stolen());
            } else {
              report(times, n, "first build, Hugo, " + builder, hugo(sites.get(builder), out));
            }
          }
        }
      }
      FileUtils.deleteDirectory(fresh.toFile()); // only now: creating files is slow just after mass deletions
      times.forEach((what, list) -> System.out.printf(Locale.ROOT, "%,6d readings, %-40s fastest %6.2f s, slowest %6.2f s%n",
          n, what + ":", list.stream().mapToDouble(d -> d).min().orElse(0), list.stream().mapToDouble(d -> d).max().orElse(0)));
    }
  }

  /** The {@code java} arguments of a Gloss build of the edition at {@code root} into {@code out}. */
  private static List<String> gloss(Path root, Path out) {
    return List.of("-jar", "target/gloss.jar", "build", "--content", root.resolve("content").toString(),
        "--templates", root.resolve("templates").toString(), "--out", out.toString());
  }

  private static void report(Map<String, List<Double>> times, int n, String what, EditionBenchmark.Result r) {
    report(times, n, what, r.seconds(), r.exit(), r.stolen());
  }

  private static void report(Map<String, List<Double>> times, int n, String what, double seconds, int exit, String stolen) {
    System.out.printf(Locale.ROOT, "%,6d readings, %-40s %6.2f s wall (exit %d%s)%n", n, what + ":", seconds, exit, stolen);
    if (exit == 0) {
      times.computeIfAbsent(what, k -> new ArrayList<>()).add(seconds);
    }
  }

  /**
   * Writes the Hugo project for {@code way} from the Markdown Gloss wrote into {@code readings}.
   * A file already there with the same text is left alone, and only files Gloss no longer writes
   * are deleted: a run after another deletes and creates no tens of thousands of files just before
   * it times anything.
   */
  static void write(Path readings, Path site, String way) throws IOException {
    Path content = Files.createDirectories(site.resolve("content/readings"));
    List<Path> sources;
    try (Stream<Path> files = Files.list(readings)) {
      sources = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
    Set<Path> wanted = new HashSet<>();
    for (Path source : sources) {
      Path target = content.resolve(source.getFileName().toString());
      wanted.add(target);
      String markdown = hugoMarkdown(Files.readString(source));
      if (!Files.isRegularFile(target) || !Files.readString(target).equals(markdown)) {
        Files.writeString(target, markdown);
      }
    }
    try (Stream<Path> old = Files.list(content)) {
      for (Path p : old.filter(p -> !wanted.contains(p)).toList()) {
        Files.delete(p);
      }
    }
    boolean taxonomy = !way.equals("bare");
    Files.writeString(site.resolve("config.toml"), String.join("\n",
        "baseURL = \"https://example.org/\"",
        "title = \"A Synthetic Edition\"",
        "relativeURLs = true",
        "buildFuture = true", // the synthetic readings' dates run past today
        taxonomy ? "disableKinds = []" : "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\"]",
        "[taxonomies]",
        taxonomy ? "  entry = \"entries\"" : "",
        "[outputs]",
        way.equals("related") ? "  home = [\"HTML\", \"RSS\", \"JSON\"]" : taxonomy ? "  home = [\"HTML\", \"RSS\"]" : "  home = [\"HTML\"]",
        "[related]",
        "  threshold = 1",
        "  includeNewer = true",
        "  [[related.indices]]",
        "    name = \"entries\"",
        "    weight = 100",
        ""));
    Path layouts = Files.createDirectories(site.resolve("layouts/_default"));
    Files.writeString(layouts.resolve("baseof.html"), """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} · {{ .Site.Title }}</title><link rel="stylesheet" href="/style.css"></head>
        <body><header><nav><a href="/">{{ .Site.Title }}</a> <a href="/entries/">Index</a></nav></header>
        <main>{{ block "main" . }}{{ end }}</main><footer>{{ .Site.Title }}</footer></body></html>
        """);
    String meta = taxonomy
        ? "<dt>Length</dt><dd>{{ .WordCount }} words, about {{ .ReadingTime }} min</dd>"
        : "";
    String entries = taxonomy
        ? "<section><h2>Entries</h2><ul>{{ range .GetTerms \"entries\" }}<li><a href=\"{{ .RelPermalink }}\">"
            + "{{ .LinkTitle }}</a></li>{{ end }}</ul></section>"
        : "";
    String related = way.equals("related")
        ? "{{ with .Site.RegularPages.Related . | first 5 }}<section><h2>Related readings</h2><ul>{{ range . }}"
            + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></section>{{ end }}"
        : "";
    Files.writeString(layouts.resolve("single.html"), "{{ define \"main\" }}<article><h1>{{ .Title }}</h1>\n"
        + "<dl><dt>Source</dt><dd>{{ .Params.source }}</dd><dt>Date</dt><dd><time datetime=\"{{ .Date.Format \"2006-01-02\" }}\">"
        + "{{ .Date.Format \"2 January 2006\" }}</time></dd>" + meta + "</dl>\n{{ .Content }}\n" + entries + related
        + "\n</article>{{ end }}\n");
    Files.writeString(layouts.resolve("list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}"
        + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> <time>{{ .Date.Format \"2 January 2006\" }}</time></li>"
        + "{{ end }}</ol>{{ end }}\n");
    Files.writeString(layouts.resolve("term.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><p>Mentioned in {{ len .Pages }}"
        + " readings.</p><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>: "
        + "{{ .Summary | plainify | truncate 180 }}</li>{{ end }}</ul>{{ end }}\n");
    Files.writeString(layouts.resolve("taxonomy.html"), "{{ define \"main\" }}<h1>Index</h1><ul>"
        + "{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a>"
        + " ({{ .Count }})</li>{{ end }}</ul>{{ end }}\n");
    Files.writeString(site.resolve("layouts/index.json"), "[{{ range $i, $p := .Site.RegularPages }}{{ if $i }},{{ end }}"
        + "{\"t\":{{ $p.Title | jsonify }},\"u\":{{ $p.RelPermalink | jsonify }},\"x\":{{ $p.Plain | jsonify }}}{{ end }}]\n");
  }

  /**
   * A reading's Markdown as Gloss wrote it, with the ids of the entries it links to added to its
   * front matter (Hugo's taxonomy) and those links pointed at Hugo's entry pages.
   */
  static String hugoMarkdown(String markdown) {
    if (!markdown.startsWith("---\n")) {
      throw new IllegalArgumentException("no front matter");
    }
    int end = markdown.indexOf("\n---\n", 4);
    String body = markdown.substring(end + 5);
    TreeSet<String> entries = new TreeSet<>();
    Matcher m = ENTRY_LINK.matcher(body);
    while (m.find()) {
      entries.add(m.group(1));
    }
    StringBuilder out = new StringBuilder(markdown.length() + 64 * entries.size());
    out.append(markdown, 0, end + 1).append("entries: [");
    String separator = "";
    for (String entry : entries) {
      out.append(separator).append('"').append(entry).append('"');
      separator = ", ";
    }
    out.append("]\n---\n").append(ENTRY_LINK.matcher(body).replaceAll("](/entries/$1/)"));
    return out.toString();
  }

  private static boolean hugoFound() {
    try {
      return new ProcessBuilder("hugo", "version").redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static String hugoVersion() throws IOException {
    return new String(new ProcessBuilder("hugo", "version").redirectErrorStream(true).start().getInputStream().readAllBytes(),
        StandardCharsets.UTF_8).strip();
  }

  /**
   * Runs {@code hugo} on the project {@code site} with its output in {@code destination}, timed
   * as Gloss's builds are; what it says is printed (only errors, with {@code --quiet}).
   */
  private static EditionBenchmark.Result hugo(Path site, Path destination) throws IOException, InterruptedException {
    return EditionBenchmark.timed(List.of("hugo", "--quiet", "-s", site.toString(), "-d", destination.toString()), false);
  }
}
