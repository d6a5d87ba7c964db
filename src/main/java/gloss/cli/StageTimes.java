package gloss.cli;

import gloss.diag.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each stage of a build took, for {@code build --timings}: passes every call on to the
 * progress display it wraps and notes the time each stage began.
 */
final class StageTimes implements Progress {
  private record Stage(String name, long start) {}

  private final Progress inner;
  private final long start = System.nanoTime();
  private final List<Stage> stages = new ArrayList<>();

  StageTimes(Progress inner) {
    this.inner = inner;
  }

  @Override
  public synchronized void stage(String name, int total) {
    stages.add(new Stage(name, System.nanoTime()));
    inner.stage(name, total);
  }

  @Override
  public void advance() {
    inner.advance();
  }

  /** One line per stage, such as {@code   render  412 ms}, then the start-up before the first. */
  synchronized String describe(long end) {
    StringBuilder out = new StringBuilder();
    if (!stages.isEmpty()) {
      out.append(String.format(Locale.ROOT, "  %-28s %6.0f ms%n", "command line", (stages.get(0).start() - start) / 1e6));
    }
    for (int i = 0; i < stages.size(); i++) {
      long until = i + 1 < stages.size() ? stages.get(i + 1).start() : end;
      out.append(String.format(Locale.ROOT, "  %-28s %6.0f ms%n", stages.get(i).name(), (until - stages.get(i).start()) / 1e6));
    }
    return out.toString();
  }
}
