package gloss.cli;

import java.io.IOException;
import java.util.List;

/** For the benchmarks: the flags {@link Launcher} gives the second JVM of a command. */
public final class SecondJvm {
  private SecondJvm() {}

  /**
   * The compiler, collector and heap flags {@code java VM_OPTIONS -jar gloss.jar ARGS} would start
   * its second JVM with (the class-data archive left out: it fits only the jar).
   */
  public static List<String> flags(String[] args, List<String> vmOptions) throws IOException {
    return Launcher.tuning(Launcher.textBytes(args) <= Launcher.SMALL_TEXT, vmOptions);
  }
}
