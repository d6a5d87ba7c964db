package gloss.cli;

import java.nio.file.Path;
import java.util.List;

/** The {@code --content} and {@code --templates} options of the commands that read an edition. */
final class ProjectOptions {
  static final List<Args.Option> OPTIONS = List.of(
      Args.Option.value("--content", "DIR", "The edition's content folder.", "content"),
      Args.Option.value("--templates", "DIR", "The Mustache templates and assets.", "templates"));

  private ProjectOptions() {}

  static Path content(Args args) throws Args.UsageException {
    return args.path("--content").orElseThrow();
  }

  static Path templates(Args args) throws Args.UsageException {
    return args.path("--templates").orElseThrow();
  }

  /** {@link #OPTIONS} and then {@code more}. */
  static List<Args.Option> with(Args.Option... more) {
    List<Args.Option> all = new java.util.ArrayList<>(OPTIONS);
    all.addAll(List.of(more));
    return List.copyOf(all);
  }
}
