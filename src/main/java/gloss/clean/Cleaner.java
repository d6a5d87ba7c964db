package gloss.clean;

import gloss.clean.DebrisRule.Verdict;
import gloss.clean.ReportEntry.Action;
import gloss.diag.Diagnostics;
import gloss.load.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, clean: drops web debris from a scraped text and records every change.
 *
 * <p>Each non-blank line goes through the {@link Rules} in order. A repair or a cut replaces the
 * line's text for the rules after it; a drop removes the line; a flag keeps it and lists it in the
 * report as "kept, suspicious". Blank lines only separate paragraphs and are not reported.
 *
 * <p>Reports an error when nothing is left: a text that is all debris is not a reading.
 */
public final class Cleaner {
  private final Rules rules;

  public Cleaner(Rules rules) {
    this.rules = rules;
  }

  public Cleaned clean(Source source, Diagnostics diagnostics) {
    List<String> texts = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    splitNonBlank(source.text(), texts, numbers);
    OverrideIndex overrides = new OverrideIndex(source, texts, numbers, diagnostics);
    List<Line> kept = new ArrayList<>();
    List<ReportEntry> report = new ArrayList<>();
    Found found = Found.NOTHING;
    // a line at a time in a method of its own: the compiler makes one small method of it, where a
    // loop inside this one had it compile the whole of this method twice
    for (int i = 0; i < texts.size(); i++) {
      found = found.merge(line(source, texts, i, numbers.get(i), overrides, kept, report, diagnostics));
    }
    if (kept.isEmpty()) {
      diagnostics.error(source.path(), 0, "nothing left after cleaning: the whole text is debris");
    }
    Layout layout = overrides.layout(kept);
    return new Cleaned(
        source, List.copyOf(kept), found, new CleaningReport(source.sitePath(), List.copyOf(report)), layout);
  }

  /**
   * Line {@code i} through the rules: what is left of it goes to {@code kept}, what was done to it
   * to {@code report}; returns what the rules found in it.
   */
  private Found line(Source source, List<String> texts, int i, int number, OverrideIndex overrides,
      List<Line> kept, List<ReportEntry> report, Diagnostics diagnostics) {
    String original = texts.get(i);
    Found found = Found.NOTHING;
    Integer dropBy = overrides.dropAt(i);
    if (dropBy != null) {
      report.add(new ReportEntry(Action.DROPPED, number, OverrideIndex.RULE, original, "",
          "dropped by the sidecar (" + source.siteSidecarPath() + ":" + dropBy + ")"));
      return found;
    }
    Integer keepBy = overrides.keepAt(i);
    String text = original;
    List<ReportEntry> lineEntries = new ArrayList<>();
    boolean dropped = false;
    boolean overruled = false;
    for (DebrisRule rule : rules.list()) {
      Verdict verdict = rule.judge(new LineContext(texts, i, text));
      found = found.merge(verdict.found());
      if (keepBy != null && (verdict.kind() == DebrisRule.Kind.DROP || verdict.kind() == DebrisRule.Kind.CUT)) {
        lineEntries.add(new ReportEntry(Action.KEPT, number, rule.id(), text, text,
            "kept by the sidecar (" + source.siteSidecarPath() + ":" + keepBy + "); the rule said: "
                + verdict.reason()));
        overruled = true;
        continue;
      }
      switch (verdict.kind()) {
        case KEEP -> { }
        case SUSPICIOUS -> lineEntries.add(
            entry(Action.SUSPICIOUS, number, rule, text, text, verdict.reason()));
        case REPAIR, CUT -> {
          Action action = verdict.kind() == DebrisRule.Kind.CUT ? Action.CUT : Action.REPAIRED;
          lineEntries.add(entry(action, number, rule, text, verdict.kept(), verdict.reason()));
          text = verdict.kept();
        }
        case DROP -> {
          lineEntries.removeIf(e -> e.action() == Action.SUSPICIOUS);
          lineEntries.add(entry(Action.DROPPED, number, rule, text, "", verdict.reason()));
          dropped = true;
        }
      }
      if (dropped) {
        break;
      }
    }
    if (keepBy != null && !overruled) {
      diagnostics.warn(source.sidecar().path(), keepBy,
          "keep: line " + number + " of " + source.path() + " is kept by the cleaner anyway; this entry can go");
    }
    report.addAll(lineEntries);
    if (!dropped && !text.isBlank()) {
      kept.add(new Line(number, text.strip()));
    }
    return found;
  }

  private static ReportEntry entry(
      Action action, int line, DebrisRule rule, String before, String after, String reason) {
    return new ReportEntry(action, line, rule.id(), before, after, reason);
  }

  /** Non-blank lines, stripped, with 1-based line numbers; no regular expressions, one pass. */
  private static void splitNonBlank(String text, List<String> texts, List<Integer> numbers) {
    int start = 0;
    int number = 1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      String line = text.substring(start, end);
      if (!isBlank(line)) {
        texts.add(strip(line));
        numbers.add(number);
      }
      number++;
      start = end + 1;
    }
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /** Strips ordinary and no-break spaces and stray byte-order marks at both ends. */
  private static String strip(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && isSpace(line.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(line.charAt(end - 1))) {
      end--;
    }
    return line.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

}
