package gloss.cli;

import gloss.Gloss;
import gloss.annotate.AnnotatedReading;
import gloss.diag.Diagnostics;
import gloss.load.ContentLoader;
import gloss.load.DisplayPaths;
import gloss.load.Sidecar;
import gloss.text.EditionDate;
import gloss.text.Slugs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code gloss add}: brings a scraped text into {@code content/readings/} byte for byte under a
 * readable name, writes its sidecar skeleton (original name, checksum and the fields given), and
 * prints what the cleaner will do with it. Refuses to overwrite, and refuses empty or binary files.
 */
final class AddCommand implements Command {
  private static final int MAX_NAME = 60;
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern READING_ORDER = Pattern.compile("(?m)^reading_order\\s*:");

  private static final Args.Spec SPEC = new Args.Spec(
      "add",
      "Adds a scraped text to the edition and shows its cleaning.",
      "Copies a scraped text into content/readings/<name>.txt without changing a byte, writes its sidecar"
          + " <name>.yaml (original_name, sha256 and the fields given), and prints the cleaning report. The name"
          + " comes from --title, else the title found in the text, else the file name.",
      List.of(
          Args.Option.value("--title", "TEXT", "The reading's title, when the text has none or a bad one."),
          Args.Option.value("--source", "TEXT", "The publication it comes from."),
          Args.Option.value("--date", "DATE", "When it was published: YYYY, YYYY-MM or YYYY-MM-DD."),
          Args.Option.value("--url", "URL", "Where it was published."),
          Args.Option.value("--content", "DIR", "The edition's content folder.", "content")),
      new Args.Operands("FILE", 1, 1, "The scraped text, as received."));

  private Path file;
  private String title;
  private String source;
  private String date;
  private String url;
  private Path content;

  @Override
  public Args.Spec spec() {
    return SPEC;
  }

  @Override
  public int run(Args args, PrintWriter out, PrintWriter err) throws IOException, Args.UsageException {
    // one object per run: the shared command holds no state
    AddCommand add = new AddCommand();
    add.file = args.operandPaths().get(0);
    add.title = args.value("--title").orElse(null);
    add.source = args.value("--source").orElse(null);
    add.date = args.value("--date").orElse(null);
    add.url = args.value("--url").orElse(null);
    add.content = args.path("--content").orElseThrow();
    if (add.date != null && EditionDate.parse(add.date).isEmpty()) {
      throw new Args.UsageException("option '--date' needs YYYY, YYYY-MM or YYYY-MM-DD, a real date, not '" + add.date + "'");
    }
    return add.add(out, err);
  }

  private int add(PrintWriter out, PrintWriter err) throws IOException {
    Diagnostics diagnostics = new Diagnostics();
    Optional<String> found = readable(diagnostics);
    Path readings = content.resolve("readings");
    if (found.isPresent() && !Files.isDirectory(readings, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(DisplayPaths.of(readings), 0, "no such folder (is --content the edition's content folder?)");
    }
    if (diagnostics.hasErrors()) {
      return failed(diagnostics, err);
    }
    String name = name(found.get());
    Path text = readings.resolve(name + ".txt");
    Path sidecar = readings.resolve(name + ".yaml");
    for (Path existing : new Path[] {text, sidecar}) {
      if (Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
        diagnostics.error(DisplayPaths.of(existing), 0,
            "already exists; refusing to overwrite it (give another --title to choose another name)");
      }
    }
    if (diagnostics.hasErrors()) {
      return failed(diagnostics, err);
    }
    byte[] bytes = Files.readAllBytes(file);
    sameText(readings, bytes).ifPresent(existing -> diagnostics.error(DisplayPaths.of(file), 0,
        "the same text, byte for byte, is already in the edition as " + DisplayPaths.of(existing)));
    if (diagnostics.hasErrors()) {
      return failed(diagnostics, err);
    }
    String yaml = sidecar(bytes);
    // the sidecar as a build will read it (a --url the build refuses, say): nothing written if it fails
    Sidecar.parse(yaml, DisplayPaths.of(sidecar), diagnostics);
    if (diagnostics.hasErrors()) {
      return failed(diagnostics, err);
    }
    Files.write(text, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    Files.writeString(sidecar, yaml, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    out.println("added " + DisplayPaths.of(text) + " and its sidecar " + DisplayPaths.of(sidecar));
    Diagnostics cleaning = new Diagnostics();
    Optional<AnnotatedReading> cleaned = Gloss.cleanText(text, cleaning);
    Reporter.print(cleaning, err);
    cleaned.ifPresent(r -> CleanCommand.printReport(r.reading(), out));
    out.println(order(name));
    return cleaning.hasErrors() ? Main.CONTENT_ERROR : 0;
  }

  /** A scraped text of the edition with exactly {@code bytes}: only texts of the same size are read. */
  private static Optional<Path> sameText(Path readings, byte[] bytes) throws IOException {
    try (Stream<Path> files = Files.list(readings)) {
      for (Path text : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        if (Files.isRegularFile(text, LinkOption.NOFOLLOW_LINKS) && Files.size(text) == bytes.length
            && Arrays.equals(Files.readAllBytes(text), bytes)) {
          return Optional.of(text);
        }
      }
    }
    return Optional.empty();
  }

  /** The title to name the reading by, after checking the file is a non-empty text. */
  private Optional<String> readable(Diagnostics diagnostics) throws IOException {
    String shown = DisplayPaths.of(file);
    if (!Files.isRegularFile(file)) {
      diagnostics.error(shown, 0, Files.isDirectory(file) ? "a folder, not a scraped text: give one file"
          : Files.exists(file) ? "not a regular file" : "no such file");
      return Optional.empty();
    }
    if (Files.size(file) == 0 || Files.readString(file, StandardCharsets.ISO_8859_1).isBlank()) {
      diagnostics.error(shown, 1, "empty file: there is no text to add");
      return Optional.empty();
    }
    if (ContentLoader.loadText(file, diagnostics).isEmpty()) {
      return Optional.empty();
    }
    if (title != null) {
      return Optional.of(title);
    }
    return Gloss.cleanText(file, new Diagnostics()).map(r -> r.reading().meta().title())
        .or(() -> Optional.of(stem(file)));
  }

  /** A readable file name: the title's slug, cut at a word boundary. */
  private String name(String from) {
    String slug = Slugs.slugify(from, Slugs.slugify(stem(file), "reading"));
    if (slug.length() > MAX_NAME) {
      int cut = slug.lastIndexOf('-', MAX_NAME);
      slug = slug.substring(0, cut > 20 ? cut : MAX_NAME);
    }
    return slug;
  }

  private String sidecar(byte[] bytes) {
    StringBuilder yaml = new StringBuilder("# Added by gloss add; fill in what the text does not say itself.\n");
    yaml.append("original_name: ").append(scalar(file.getFileName().toString())).append('\n');
    yaml.append("sha256: ").append(sha256(bytes)).append('\n');
    if (title != null) {
      yaml.append("title: ").append(scalar(title)).append('\n');
    }
    if (date != null) {
      yaml.append("date: ").append(date).append('\n');
    }
    if (source != null) {
      yaml.append("source: ").append(scalar(source)).append('\n');
    }
    if (url != null) {
      yaml.append("url: ").append(scalar(url)).append('\n');
    }
    return yaml.toString();
  }

  private String order(String name) throws IOException {
    Path edition = content.resolve("edition.yaml");
    boolean listed = Files.isRegularFile(edition)
        && READING_ORDER.matcher(Files.readString(edition, StandardCharsets.UTF_8)).find();
    return listed
        ? "reading order: add \"" + name + "\" to reading_order in " + DisplayPaths.of(edition)
            + "; until then it follows the listed readings, by date"
        : "reading order: " + DisplayPaths.of(edition)
            + " has no reading_order, so readings follow by date (then sidecar order, then file name)";
  }

  /** A YAML scalar: plain when safe, else double-quoted with escapes. */
  private static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !value.startsWith("-")) {
      return value;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : value.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\x%02x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static int failed(Diagnostics diagnostics, PrintWriter err) {
    Reporter.print(diagnostics, err);
    err.println("add failed: " + Reporter.counts(diagnostics) + "; nothing was written");
    return Main.CONTENT_ERROR;
  }
}
