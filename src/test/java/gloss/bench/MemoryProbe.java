package gloss.bench;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * How long this machine takes to give a process memory it has not touched yet, per 4 KB page:
 * 256 MB off the heap, which the JVM zeroes as it allocates it. On the 2-core virtual machine the
 * figures in the README come from, this swung from 2.6 µs to over 20 µs a page within minutes
 * (the host seems to take back memory the guest frees, and to hand it over again a page at a
 * time), and a 10,000-reading build touches some 900 MB of heap and, into an empty folder, another
 * 1 GB of new files in the page cache: between 1 and 9 s of CPU. {@link EditionBenchmark} prints
 * this before and after its builds, so that its figures can be read against the machine's state.
 */
public final class MemoryProbe {
  static final String PREFIX = "fresh-memory-us-per-page ";
  private static final int MEGABYTES = 256;

  private MemoryProbe() {}

  public static void main(String[] args) {
    long start = System.nanoTime();
    ByteBuffer buffer = ByteBuffer.allocateDirect(MEGABYTES << 20);
    long nanos = System.nanoTime() - start;
    if (buffer.get(buffer.capacity() - 1) != 0) {
      throw new IllegalStateException("direct memory not zeroed");
    }
    System.out.printf(Locale.ROOT, "%s%.2f%n", PREFIX, nanos / 1e3 / (MEGABYTES * 256.0));
  }
}
