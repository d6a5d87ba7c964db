package gloss.bench;

/** Runs every benchmark in turn; the default of {@code mvn -Pbench verify}. */
public final class Benchmarks {
  private Benchmarks() {}

  public static void main(String[] args) throws Exception {
    System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
        + System.getProperty("java.version") + ", max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    CleanBenchmark.main(args);
    MentionBenchmark.main(args);
    EditionBenchmark.main(args);
  }
}
