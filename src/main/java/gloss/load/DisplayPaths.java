package gloss.load;

import java.nio.file.Path;

/** Paths as messages show them: relative to the working folder when inside it, forward slashes. */
public final class DisplayPaths {
  private DisplayPaths() {}

  public static String of(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path here = Path.of("").toAbsolutePath().normalize();
    Path shown = absolute.startsWith(here) ? here.relativize(absolute) : absolute;
    String text = shown.toString().replace('\\', '/');
    return text.isEmpty() ? "." : text;
  }
}
