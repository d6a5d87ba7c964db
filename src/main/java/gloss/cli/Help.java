package gloss.cli;

import java.util.ArrayList;
import java.util.List;

/** The text of {@code --help}: usage line, description and options, wrapped to 80 columns. */
final class Help {
  private static final int WIDTH = 80;

  private Help() {}

  /** The help of the whole program: its commands and the options every command has. */
  static String main(List<Command> commands) {
    StringBuilder out = new StringBuilder();
    out.append("Usage: ").append(Main.program()).append(" COMMAND [OPTIONS]\n");
    wrap(out, "Turns scraped article texts into an annotated reading edition.", "", "");
    out.append("\nCommands:\n");
    List<String[]> rows = new ArrayList<>();
    for (Command command : commands) {
      rows.add(new String[] {command.spec().name(), command.spec().summary()});
    }
    table(out, rows);
    out.append("\nOptions:\n");
    table(out, standardOptions());
    out.append("\nRun '").append(Main.program()).append(" COMMAND --help' for the options of a command.\n");
    return out.toString();
  }

  /** The help of one command. */
  static String of(Args.Spec spec) {
    StringBuilder out = new StringBuilder();
    out.append("Usage: ").append(Main.program()).append(' ').append(spec.name()).append(" [OPTIONS]");
    Args.Operands operands = spec.operands();
    if (operands.max() > 0) {
      out.append(' ').append(operands.label()).append(operands.max() > 1 ? "..." : "");
    }
    out.append('\n');
    wrap(out, spec.description(), "", "");
    List<String[]> rows = new ArrayList<>();
    if (operands.max() > 0) {
      rows.add(new String[] {operands.label() + (operands.max() > 1 ? "..." : ""), operands.description()});
      out.append("\nArguments:\n");
      table(out, rows);
      rows.clear();
    }
    for (Args.Option option : spec.options()) {
      String description = option.description();
      if (option.defaultValue() != null) {
        // "The content folder." becomes "The content folder (default: content)."
        boolean stop = description.endsWith(".");
        description = (stop ? description.substring(0, description.length() - 1) : description)
            + " (default: " + option.defaultValue() + ")" + (stop ? "." : "");
      }
      rows.add(new String[] {option.name() + (option.label() == null ? "" : " " + option.label()), description});
    }
    rows.addAll(standardOptions());
    out.append("\nOptions:\n");
    table(out, rows);
    return out.toString();
  }

  private static List<String[]> standardOptions() {
    return List.of(
        new String[] {"-h, --help", "Shows this help and exits."},
        new String[] {"-V, --version", "Prints the version and exits."});
  }

  /** Two columns: the first as wide as its widest cell, the second wrapped beside it. */
  private static void table(StringBuilder out, List<String[]> rows) {
    int width = 0;
    for (String[] row : rows) {
      width = Math.max(width, row[0].length());
    }
    String indent = " ".repeat(2 + width + 2);
    for (String[] row : rows) {
      wrap(out, row[1], "  " + row[0] + " ".repeat(width - row[0].length() + 2), indent);
    }
  }

  /** {@code text} in lines of at most {@value #WIDTH} columns, the first after {@code first}, the others after {@code rest}. */
  private static void wrap(StringBuilder out, String text, String first, String rest) {
    StringBuilder line = new StringBuilder(first);
    int start = line.length();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
        out.append(line).append('\n');
        line.setLength(0);
        line.append(rest);
        start = line.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    out.append(line).append('\n');
  }
}
