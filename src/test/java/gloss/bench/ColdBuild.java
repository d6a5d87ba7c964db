package gloss.bench;

import gloss.cli.Main;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * The child process of {@link EditionBenchmark}: runs the command line ({@code build ...}) in a
 * fresh JVM, then prints the peak heap as {@code peak-heap-mb N}: the sum of the heap pools' peaks,
 * an upper bound of the real peak since pools peak at different moments.
 */
public final class ColdBuild {
  private ColdBuild() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Main.run(args, out, err);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    out.println("peak-heap-mb " + peak / (1024 * 1024));
    out.flush();
    System.exit(code);
  }
}
