package gloss.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --content} and {@code --templates} options shared by the commands that read an edition. */
final class ProjectOptions {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      defaultValue = "content",
      description = "The edition's content folder (default: ${DEFAULT-VALUE}).")
  Path content;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      defaultValue = "templates",
      description = "The Mustache templates and assets (default: ${DEFAULT-VALUE}).")
  Path templates;
}
