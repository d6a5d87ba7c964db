package gloss.bench;

import gloss.cli.Main;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The child process of {@link EditionBenchmark}: runs the command line ({@code build ...}) in a
 * fresh JVM, then prints the peak heap as {@code peak-heap-mb N}: the largest heap in use (live
 * objects and garbage not yet collected) seen by a thread that looks every 10 ms.
 */
public final class ColdBuild {
  private ColdBuild() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    AtomicLong peak = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (true) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(10);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    int code = Main.run(args, out, err);
    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
    out.println("peak-heap-mb " + peak.get() / (1024 * 1024));
    out.flush();
    System.exit(code);
  }
}
