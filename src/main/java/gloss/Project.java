package gloss;

import java.nio.file.Path;
import java.util.Objects;

/** Where an edition's source lives and where its site goes. */
public record Project(Path content, Path templates, Path out) {
  public Project {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(templates, "templates");
    Objects.requireNonNull(out, "out");
  }

  /** The usual layout: {@code content/}, {@code templates/} and {@code site/} under {@code root}. */
  public static Project at(Path root) {
    return new Project(root.resolve("content"), root.resolve("templates"), root.resolve("site"));
  }
}
