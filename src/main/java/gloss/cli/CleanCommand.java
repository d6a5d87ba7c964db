package gloss.cli;

import gloss.Gloss;
import gloss.annotate.AnnotatedReading;
import gloss.clean.ReportEntry;
import gloss.diag.Diagnostics;
import gloss.structure.Reading;
import gloss.text.Controls;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gloss clean}: load, clean and structure raw scraped texts, outside any edition, and print
 * the cleaned Markdown. Passage notes in a sidecar beside a text are applied; mentions are not.
 */
final class CleanCommand implements Command {
  private static final Args.Spec SPEC = new Args.Spec(
      "clean",
      "Cleans scraped text files and prints them as Markdown.",
      "Cleans raw scraped text files and prints each as Markdown: YAML front matter with what was found"
          + " (title, date, source...), then the body. Needs no content folder.",
      List.of(
          Args.Option.value("--out", "DIR", "Writes DIR/<file stem>.md for each file instead of printing."),
          Args.Option.flag("--report", "Also prints what the cleaner dropped, cut, repaired or doubted, line by line.")),
      new Args.Operands("FILE", 1, Integer.MAX_VALUE, "Scraped text files."));

  @Override
  public Args.Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter stdout, PrintWriter stderr) throws IOException, Args.UsageException {
    List<Path> files = args.operandPaths();
    Path out = args.path("--out").orElse(null);
    boolean report = args.flag("--report");
    if (out != null) {
      Map<String, Path> byStem = new HashMap<>();
      for (Path file : files) {
        Path target = out.resolve(stem(file) + ".md");
        if (Files.exists(file) && Files.exists(target) && Files.isSameFile(file, target)) {
          stderr.println("gloss: " + file + " would be overwritten by its own Markdown; give another --out folder");
          return Main.USAGE_ERROR;
        }
        Path first = byStem.putIfAbsent(stem(file), file);
        if (first != null) {
          stderr.println("gloss: " + first + " and " + file + " would both be written to "
              + out.resolve(stem(file) + ".md") + "; clean them with different --out folders");
          return Main.USAGE_ERROR;
        }
      }
    }
    Diagnostics diagnostics = new Diagnostics();
    List<Result> results = new ArrayList<>();
    for (Path file : files) {
      Gloss.cleanText(file, diagnostics).ifPresent(annotated -> results.add(new Result(file, annotated)));
    }
    Reporter.print(diagnostics, stderr);
    if (diagnostics.hasErrors()) {
      stderr.println("clean failed: " + Reporter.counts(diagnostics));
      return Main.CONTENT_ERROR;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    for (Result result : results) {
      if (out == null) {
        if (results.size() > 1) {
          stdout.println("<!-- " + result.file() + " -->");
        }
        stdout.print(result.annotated().markdown());
      } else {
        Path target = out.resolve(stem(result.file()) + ".md");
        Files.writeString(target, result.annotated().markdown(), StandardCharsets.UTF_8);
        stdout.println("wrote " + target);
      }
      if (report) {
        printReport(result.annotated().reading(), out == null ? stderr : stdout);
      }
    }
    stdout.flush();
    return 0;
  }

  /** Every change the cleaner made to {@code reading}, one {@code path:line:} line each. */
  static void printReport(Reading reading, PrintWriter to) {
    List<ReportEntry> entries = reading.report().entries();
    to.println(reading.source().path() + ": " + Reporter.plural(entries.size(), "change") + " by the cleaner");
    for (ReportEntry e : entries) {
      to.println(reading.source().path() + ":" + e.line() + ": " + e.action().label() + " [" + e.rule() + "] "
          + e.reason() + ": " + quote(e.before()));
      if (!e.after().isEmpty() && !e.after().equals(e.before())) {
        to.println("    kept: " + quote(e.after()));
      }
    }
  }

  private static String quote(String raw) {
    String text = Controls.visible(raw);
    String shown = text.length() > 100 ? text.substring(0, 99) + "…" : text;
    return "\"" + shown + "\"";
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private record Result(Path file, AnnotatedReading annotated) {}
}
