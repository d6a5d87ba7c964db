package gloss.cli;

import gloss.diag.Progress;
import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A one-line progress display for a build on a terminal, such as {@code building: clean,
 * structure, annotate 512/1000}. It appears only after the build has run for a second, is
 * redrawn four times a second and erased when the build ends; {@link #forConsole} gives
 * {@link Progress#NONE} when the output is not a terminal, so tests and CI logs never see it.
 */
final class TerminalProgress implements Progress, AutoCloseable {
  private static final long DELAY_MILLIS = 1000;
  private static final long PERIOD_MILLIS = 250;
  private final PrintWriter err;
  private final ScheduledExecutorService ticker;
  private final AtomicInteger done = new AtomicInteger();
  private volatile String stage = "starting";
  private volatile int total;
  private volatile int width;

  private TerminalProgress(PrintWriter err) {
    this.err = err;
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "gloss-progress");
      t.setDaemon(true);
      return t;
    });
    ticker.scheduleAtFixedRate(this::draw, DELAY_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** A terminal display when there is a console, else nothing. */
  static Progress forConsole(PrintWriter err) {
    return System.console() == null ? Progress.NONE : new TerminalProgress(err);
  }

  @Override
  public void stage(String name, int total) {
    this.stage = name;
    this.total = total;
    done.set(0);
  }

  @Override
  public void advance() {
    done.incrementAndGet();
  }

  private synchronized void draw() {
    String line = "building: " + stage + (total > 0 ? " " + done.get() + "/" + total : "");
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
  }

  /** Stops drawing and erases the line. */
  @Override
  public synchronized void close() {
    ticker.shutdownNow();
    if (width > 0) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
    }
  }
}
