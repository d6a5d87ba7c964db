package gloss.cli;

import gloss.text.Suggestions;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options and operands given to one command, parsed against its {@link Spec}: {@code --name
 * VALUE} or {@code --name=VALUE} for an option with a value, {@code --name} for a flag, {@code --}
 * to end the options. Anything else that starts with {@code -} is an unknown option.
 */
final class Args {
  /** What a command line got wrong; its message is shown after {@code gloss: }. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** What a command accepts; {@code options} do not list {@code --help} and {@code --version}, which every command has. */
  record Spec(String name, String summary, String description, List<Option> options, Operands operands) {}

  /** An option: a flag when {@code label} is {@code null}, else one taking a value named {@code label}. */
  record Option(String name, String label, String description, String defaultValue) {
    static Option flag(String name, String description) {
      return new Option(name, null, description, null);
    }

    static Option value(String name, String label, String description) {
      return new Option(name, label, description, null);
    }

    static Option value(String name, String label, String description, String defaultValue) {
      return new Option(name, label, description, defaultValue);
    }
  }

  /** The operands a command takes: between {@code min} and {@code max} of them. */
  record Operands(String label, int min, int max, String description) {
    static final Operands NONE = new Operands("", 0, 0, "");
  }

  private final Spec spec;
  private final Map<String, String> values = new HashMap<>();
  private final List<String> operands = new ArrayList<>();
  private boolean help;
  private boolean version;

  private Args(Spec spec) {
    this.spec = spec;
  }

  /** Parses {@code args} (what follows the command's name) against {@code spec}. */
  static Args parse(Spec spec, List<String> args) throws UsageException {
    Args parsed = new Args(spec);
    boolean optionsEnded = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
        parsed.operands.add(arg);
        continue;
      }
      if (arg.equals("--")) {
        optionsEnded = true;
        continue;
      }
      if (arg.equals("-h") || arg.equals("--help")) {
        parsed.help = true;
        continue;
      }
      if (arg.equals("-V") || arg.equals("--version")) {
        parsed.version = true;
        continue;
      }
      int equals = arg.indexOf('=');
      String name = equals > 0 ? arg.substring(0, equals) : arg;
      Option option = parsed.option(name);
      if (parsed.values.containsKey(name)) { // silently the last one would be a surprise either way
        throw new UsageException("option '" + name + "' given twice");
      }
      if (option.label() == null) {
        if (equals > 0) {
          throw new UsageException("option '" + name + "' takes no value");
        }
        parsed.values.put(name, "true");
      } else if (equals > 0) {
        parsed.values.put(name, arg.substring(equals + 1));
      } else if (i + 1 < args.size()) {
        parsed.values.put(name, args.get(++i));
      } else {
        throw new UsageException("option '" + name + "' needs a value (" + option.label() + ")");
      }
    }
    if (!parsed.help && !parsed.version) {
      Operands operands = spec.operands();
      if (parsed.operands.size() < operands.min()) {
        throw new UsageException("missing " + operands.label() + (operands.max() > 1 ? " (one or more)" : ""));
      }
      if (parsed.operands.size() > operands.max()) {
        throw new UsageException(operands.max() == 0
            ? "unexpected argument '" + parsed.operands.get(0) + "'"
            : "unexpected argument '" + parsed.operands.get(operands.max()) + "': " + spec.name() + " takes one "
                + operands.label());
      }
    }
    return parsed;
  }

  private Option option(String name) throws UsageException {
    List<String> names = new ArrayList<>();
    for (Option option : spec.options()) {
      if (option.name().equals(name)) {
        return option;
      }
      names.add(option.name());
    }
    names.add("--help");
    names.add("--version");
    String hint = Suggestions.nearest(name, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
    throw new UsageException("unknown option '" + name + "'" + hint);
  }

  boolean help() {
    return help;
  }

  boolean version() {
    return version;
  }

  /** Whether the flag {@code name} was given. */
  boolean flag(String name) {
    return values.containsKey(name);
  }

  /** The value of option {@code name}, else its default; empty when neither. */
  Optional<String> value(String name) {
    String given = values.get(name);
    if (given != null) {
      return Optional.of(given);
    }
    return spec.options().stream().filter(o -> o.name().equals(name)).findFirst().map(Option::defaultValue);
  }

  /** The value of option {@code name} as a path; empty when not given and without default. */
  Optional<Path> path(String name) throws UsageException {
    Optional<String> value = value(name);
    return value.isEmpty() ? Optional.empty() : Optional.of(toPath(name, value.get()));
  }

  /** The value of option {@code name} as a whole number. */
  int integer(String name) throws UsageException {
    String value = value(name).orElseThrow();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("option '" + name + "' needs a whole number, not '" + value + "'");
    }
  }

  /** The operands, as paths. */
  List<Path> operandPaths() throws UsageException {
    List<Path> paths = new ArrayList<>();
    for (String operand : operands) {
      paths.add(toPath(spec.operands().label(), operand));
    }
    return paths;
  }

  private static Path toPath(String what, String value) throws UsageException {
    if (value.isBlank()) { // Path.of("") is the working folder under a name that prints as nothing
      throw new UsageException(what + " needs a path, not an empty one");
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new UsageException(what + ": not a usable path: '" + value + "'");
    }
  }
}
