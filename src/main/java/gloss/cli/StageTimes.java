package gloss.cli;

import com.sun.management.OperatingSystemMXBean;
import gloss.diag.Progress;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each stage of a build took, for {@code build --timings}: passes every call on to the
 * progress display it wraps and notes the time each stage began, and the CPU time the process had
 * used by then (every thread's: the collector's and the JIT compilers' too), so that each stage
 * shows how many cores it kept busy.
 */
final class StageTimes implements Progress {
  private record Stage(String name, long start, long cpu) {}

  private final Progress inner;
  private final long start = System.nanoTime();
  private final long startCpu = cpu();
  private final List<Stage> stages = new ArrayList<>();

  StageTimes(Progress inner) {
    this.inner = inner;
  }

  @Override
  public synchronized void stage(String name, int total) {
    stages.add(new Stage(name, System.nanoTime(), cpu()));
    inner.stage(name, total);
  }

  @Override
  public void advance() {
    inner.advance();
  }

  /**
   * One line per stage, such as {@code   render  412 ms  1.8 cores}, the command line's (before the
   * first stage) first: its wall time and the CPU time used in it over that wall time.
   */
  synchronized String describe(long end) {
    long endCpu = cpu();
    StringBuilder out = new StringBuilder();
    if (!stages.isEmpty()) {
      line(out, "command line", start, stages.get(0).start(), startCpu, stages.get(0).cpu());
    }
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      boolean last = i + 1 == stages.size();
      line(out, stage.name(), stage.start(), last ? end : stages.get(i + 1).start(), stage.cpu(),
          last ? endCpu : stages.get(i + 1).cpu());
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String name, long from, long until, long cpuFrom, long cpuUntil) {
    double wall = (until - from) / 1e6;
    out.append(String.format(Locale.ROOT, "  %-32s %6.0f ms", name, wall));
    // the process's CPU clock moves in steps of some milliseconds: over a shorter stage it says nothing
    if (cpuFrom >= 0 && cpuUntil >= 0 && wall >= 20) {
      double cores = Math.min(Runtime.getRuntime().availableProcessors(), (cpuUntil - cpuFrom) / 1e6 / wall);
      out.append(String.format(Locale.ROOT, "  %4.1f cores", cores));
    }
    out.append(String.format("%n"));
  }

  /** The CPU time the process has used, in nanoseconds; -1 where the JVM cannot tell. */
  private static long cpu() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
  }
}
