package gloss.bench;

import gloss.clean.Cleaned;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostics;
import gloss.load.Sidecar;
import gloss.load.Source;
import gloss.structure.Structurer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of clean + structure, in MB of scraped text per second: ordinary articles, one 20 MB
 * line, and 200,000 short lines. Run with {@code mvn -q -Pbench verify} (or {@code
 * -Dbench.main=gloss.bench.CleanBenchmark}); not a test, so it never fails a build by being slow.
 */
public final class CleanBenchmark {
  private CleanBenchmark() {}

  public static void main(String[] args) {
    Cleaner cleaner = new Cleaner(Rules.standard());
    Synthetic synthetic = new Synthetic(42, Synthetic.names(200));
    List<Source> articles = new ArrayList<>();
    long bytes = 0;
    while (bytes < 40L * 1024 * 1024) {
      String text = synthetic.article(1_000);
      articles.add(source("article-" + articles.size(), text));
      bytes += text.getBytes(StandardCharsets.UTF_8).length;
    }
    run("articles (" + articles.size() + " of ~1,000 words)", cleaner, articles, bytes, 5);

    StringBuilder longLine = new StringBuilder(21 * 1024 * 1024);
    while (longLine.length() < 20 * 1024 * 1024) {
      longLine.append("The ministers met again and agreed on nothing at all. ");
    }
    String single = longLine.toString();
    run("one 20 MB line", cleaner, List.of(source("long-line", single)), single.length(), 3);

    StringBuilder shortLines = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      shortLines.append(i % 10 == 0 ? "Leave a Reply" : "Line " + i + " of the text.").append('\n');
    }
    String many = shortLines.toString();
    run("200,000 short lines", cleaner, List.of(source("short-lines", many)), many.length(), 3);
  }

  private static Source source(String id, String text) {
    return new Source(id, id + ".txt", id + ".txt", text, "0".repeat(64), Sidecar.absent(id + ".yaml"));
  }

  private static void run(String name, Cleaner cleaner, List<Source> sources, long bytes, int rounds) {
    for (int warm = 0; warm < 2; warm++) {
      once(cleaner, sources);
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      once(cleaner, sources);
      best = Math.min(best, (System.nanoTime() - start) / 1e9);
    }
    double megabytes = bytes / (1024.0 * 1024.0);
    System.out.printf(Locale.ROOT, "clean+structure %-32s %7.1f MB in %6.3f s: %6.1f MB/s (one thread, best of %d)%n",
        name, megabytes, best, megabytes / best, rounds);
  }

  private static void once(Cleaner cleaner, List<Source> sources) {
    Diagnostics diagnostics = new Diagnostics();
    int blocks = 0;
    for (Source source : sources) {
      Cleaned cleaned = cleaner.clean(source, diagnostics);
      blocks += Structurer.structure(cleaned, diagnostics).blocks().size();
    }
    if (blocks == 0) {
      throw new IllegalStateException("nothing structured");
    }
  }
}
