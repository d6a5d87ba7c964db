package gloss;

import gloss.clean.Cleaned;
import gloss.clean.Cleaner;
import gloss.clean.Rules;
import gloss.diag.Diagnostic;
import gloss.diag.Diagnostics;
import gloss.load.Sidecar;
import gloss.load.Source;
import gloss.structure.Reading;
import gloss.structure.Structurer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Small builders shared by the tests: sources from strings, editions on disk. */
public final class Fixtures {
  private Fixtures() {}

  /** A scraped text with no sidecar, as {@code content/readings/test.txt}. */
  public static Source source(String text) {
    return new Source("test", "content/readings/test.txt", "test.txt", text, "0".repeat(64),
        Sidecar.absent("content/readings/test.yaml"));
  }

  public static Cleaned clean(String text, Diagnostics diagnostics) {
    return new Cleaner(Rules.standard()).clean(source(text), diagnostics);
  }

  public static Reading structure(String text, Diagnostics diagnostics) {
    return Structurer.structure(clean(text, diagnostics), diagnostics);
  }

  /** Every diagnostic, one per line, as the command line prints them. */
  public static String messages(Diagnostics diagnostics) {
    return diagnostics.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
  }

  /** Writes a UTF-8 file, creating its folders. */
  public static Path write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The smallest valid edition: an edition.yaml, one reading and one note, no sidecars. */
  public static Path minimalEdition(Path root) {
    write(root.resolve("content/edition.yaml"), "title: A Small Edition\n");
    write(root.resolve("content/readings/first-reading.txt"),
        "Talks Resume in Geneva\n\nAda Lovelace met the delegates on Monday. Lovelace said the talks went well.\n\n"
            + "See also  Another story entirely\n\nThe delegates will meet again next week.\n");
    write(root.resolve("content/notes/person/ada-lovelace.md"),
        "---\nname: Ada Lovelace\ngloss: A negotiator in this test.\n---\nShe wrote the first program.\n");
    return root;
  }

  /** Copies the project's real templates next to a test edition. */
  public static void copyTemplates(Path root) {
    try {
      org.apache.commons.io.FileUtils.copyDirectory(
          Path.of("templates").toFile(), root.resolve("templates").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
