package gloss.load;

import gloss.diag.Diagnostics;
import gloss.text.Slugs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * Reads a content folder: {@code edition.yaml}, {@code readings/*.txt} with their sidecars, and
 * {@code notes/<kind>/<id>.md}.
 *
 * <p>Reports, each with its file and line: a missing folder or {@code edition.yaml}; symbolic links
 * (never followed, so nothing outside the folder is read); texts that cannot be decoded; a scraped
 * text whose SHA-256 differs from its sidecar's (an accidental edit); sidecars without a text;
 * unknown note kinds and duplicate note ids. A reading without a sidecar, or a sidecar without a
 * checksum, is a warning.
 */
public final class ContentLoader {
  private ContentLoader() {}

  /** Reads the whole content folder. Problems are reported; what could be read is returned. */
  public static Content load(Path contentDir, Diagnostics diagnostics) {
    return load(contentDir, ParseCache.none(), diagnostics);
  }

  /**
   * Whether {@code dir} looks like an edition's content folder (one error if not): a folder with
   * {@code edition.yaml}, {@code readings/} or {@code notes/}. Anything else (a home folder, {@code
   * /}) is not read at all: every file under it would be listed, and most reported.
   */
  private static boolean contentFolder(Path dir, String shown, Diagnostics diagnostics) {
    if (!Files.isDirectory(dir)) {
      diagnostics.error(shown, 0, "content folder not found (run Gloss in the edition's folder, or give --content)");
      return false;
    }
    if (!Files.exists(dir.resolve("edition.yaml")) && !Files.isDirectory(dir.resolve("readings"))
        && !Files.isDirectory(dir.resolve("notes"))) {
      diagnostics.error(shown, 0, "not an edition's content folder: no edition.yaml, readings/ or notes/ in it");
      return false;
    }
    return true;
  }

  /** As {@link #load(Path, Diagnostics)}, parsing again only the files that changed since {@code cache} last saw them. */
  public static Content load(Path contentDir, ParseCache cache, Diagnostics diagnostics) {
    String shown = DisplayPaths.of(contentDir);
    if (!contentFolder(contentDir, shown, diagnostics)) {
      return new Content(Optional.empty(), List.of(), List.of());
    }
    Map<Path, ParseCache.Stamp> stamped = listStamped(contentDir, diagnostics);
    List<Path> files = List.copyOf(stamped.keySet());
    Optional<EditionConfig> edition = edition(contentDir.resolve("edition.yaml"), diagnostics);
    List<Path> texts = textFiles(contentDir.resolve("readings"), files, diagnostics);
    List<Source> readings = uniqueIds(sources(texts, stamped, cache, diagnostics), diagnostics);
    Set<String> unreadable = ConcurrentHashMap.newKeySet();
    List<Note> notes = notes(contentDir.resolve("notes"), files, stamped, cache, unreadable, diagnostics);
    cache.endLoad();
    return new Content(edition, readings, notes, Set.copyOf(unreadable), texts.size());
  }

  /**
   * What each reading becomes as soon as it is read, decided once the edition's settings and the
   * notes are: empty to have the readings only read.
   */
  public interface Stages<T> {
    Optional<BiFunction<Source, Diagnostics, T>> prepare(Optional<EditionConfig> edition, List<Note> notes, int texts);
  }

  /**
   * A content folder, its readings without their texts, and what {@link Stages} made of each
   * reading (in the same order; empty when the stages were not wanted).
   */
  public record Staged<T>(Content content, List<T> results) {}

  /**
   * Reads the whole content folder as {@link #load(Path, Diagnostics)} does, but the notes first,
   * and puts each reading through {@code stages} as soon as it is read, in the same pass, so that
   * an edition's texts are never all held at once: at 10,000 readings they were some 150 MB of
   * Java strings, kept through the whole of cleaning and annotation, which the collector copied into
   * its old generation and then had to collect in full. The readings returned keep no text. Where
   * two texts' file names give the same slug, their ids are only known once all are read, and the
   * readings are read first and then put through the stages. Each reading's diagnostics are its own
   * until it is done, as if it had been put through the stages alone.
   */
  public static <T> Staged<T> load(Path contentDir, Diagnostics diagnostics, Stages<T> stages) {
    String shown = DisplayPaths.of(contentDir);
    if (!contentFolder(contentDir, shown, diagnostics)) {
      return new Staged<>(new Content(Optional.empty(), List.of(), List.of()), List.of());
    }
    ParseCache cache = ParseCache.none();
    Map<Path, ParseCache.Stamp> stamped = listStamped(contentDir, diagnostics);
    List<Path> files = List.copyOf(stamped.keySet());
    Optional<EditionConfig> edition = edition(contentDir.resolve("edition.yaml"), diagnostics);
    Set<String> unreadable = ConcurrentHashMap.newKeySet();
    List<Note> notes = notes(contentDir.resolve("notes"), files, stamped, cache, unreadable, diagnostics);
    Path dir = contentDir.resolve("readings");
    List<Path> texts = textFiles(dir, files, diagnostics);
    Optional<BiFunction<Source, Diagnostics, T>> stage = stages.prepare(edition, notes, texts.size());
    if (stage.isEmpty()) {
      return new Staged<>(new Content(edition, uniqueIds(sources(texts, stamped, cache, diagnostics), diagnostics), notes,
          Set.copyOf(unreadable), texts.size()), List.of());
    }
    BiFunction<Source, Diagnostics, T> each = (source, d) -> {
      Diagnostics local = new Diagnostics();
      T result = stage.get().apply(source, local);
      local.all().forEach(d::add);
      return result;
    };
    boolean distinct = texts.stream().map(ContentLoader::slug).distinct().count() == texts.size();
    List<Source> readings;
    List<T> results;
    if (distinct) {
      List<Map.Entry<Source, T>> done = texts.parallelStream()
          .map(file -> source(file, true, stamped, cache, diagnostics))
          .flatMap(Optional::stream)
          .map(source -> Map.entry(source.withoutText(), each.apply(source, diagnostics)))
          .toList();
      readings = done.stream().map(Map.Entry::getKey).toList();
      results = done.stream().map(Map.Entry::getValue).toList();
    } else {
      List<Source> loaded = uniqueIds(sources(texts, stamped, cache, diagnostics), diagnostics);
      results = loaded.parallelStream().map(source -> each.apply(source, diagnostics)).toList();
      readings = loaded.stream().map(Source::withoutText).toList();
    }
    return new Staged<>(new Content(edition, readings, notes, Set.copyOf(unreadable), texts.size()), results);
  }

  /**
   * Reads one scraped text outside any content folder, as {@code gloss clean FILE} does; its
   * sidecar is used when one lies beside it.
   */
  public static Optional<Source> loadText(Path file, Diagnostics diagnostics) {
    String shown = DisplayPaths.of(file);
    if (!Files.isRegularFile(file)) {
      diagnostics.error(shown, 0, "no such file");
      return Optional.empty();
    }
    return source(file, false, Map.of(), ParseCache.none(), diagnostics);
  }

  private static Optional<EditionConfig> edition(Path file, Diagnostics diagnostics) {
    String shown = DisplayPaths.of(file);
    if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(shown, 0, "edition.yaml not found: an edition needs at least a title");
      return Optional.empty();
    }
    return readText(file, diagnostics).flatMap(t -> EditionParser.parse(t, shown, diagnostics));
  }

  /** The texts read, in the order of {@code texts}, without those that could not be. */
  private static List<Source> sources(
      List<Path> texts, Map<Path, ParseCache.Stamp> stamps, ParseCache cache, Diagnostics diagnostics) {
    return texts.parallelStream()
        .map(file -> source(file, true, stamps, cache, diagnostics))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The scraped texts among {@code files}, in their order; sidecars without a text and other files reported. */
  private static List<Path> textFiles(Path dir, List<Path> files, Diagnostics diagnostics) {
    List<Path> texts = new ArrayList<>();
    for (Path file : files) {
      if (!file.getParent().equals(dir)) {
        continue;
      }
      String name = file.getFileName().toString();
      if (name.endsWith(".txt")) {
        texts.add(file);
      } else if (name.endsWith(".yaml")) {
        Path text = dir.resolve(name.substring(0, name.length() - 5) + ".txt");
        if (!Files.exists(text, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          diagnostics.error(DisplayPaths.of(file), 0, "sidecar without a text: no " + text.getFileName());
        }
      } else {
        diagnostics.warn(DisplayPaths.of(file), 0, "ignored: readings are .txt files");
      }
    }
    return texts;
  }

  /** The id a text's file name gives, before any clash with another is settled. */
  private static String slug(Path text) {
    String name = text.getFileName().toString();
    return Slugs.slugify(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name, "reading");
  }

  /**
   * Reads one scraped text and its sidecar.
   *
   * @param inEdition whether the text belongs to an edition, where a missing checksum is worth a
   *     warning; a loose file given to {@code gloss clean} has none by nature
   */
  private static Optional<Source> source(
      Path file, boolean inEdition, Map<Path, ParseCache.Stamp> stamps, ParseCache cache, Diagnostics diagnostics) {
    String shown = DisplayPaths.of(file);
    String fileName = file.getFileName().toString();
    String stem = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
    Path sidecarFile = file.resolveSibling(stem + ".yaml");
    // a sidecar that cannot be read counts as absent, after its error is reported
    ParseCache.Reader read = () -> readScraped(file, shown, diagnostics).map(bytes -> new byte[][] {
        bytes,
        Files.exists(sidecarFile, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? readBytes(sidecarFile, diagnostics).orElse(null) : null});
    List<ParseCache.Stamp> known = stamps.containsKey(file)
        ? Arrays.asList(stamps.get(file), stamps.get(sidecarFile)) : null;
    return cache.get("reading " + file + " " + inEdition, known, read, diagnostics, (inputs, d) -> {
      byte[] bytes = inputs[0];
      byte[] sidecarBytes = inputs[1];
      Optional<String> text = TextDecoder.decode(bytes, shown, d);
      String sha = sha256(bytes);
      Sidecar sidecar = sidecarBytes == null ? Sidecar.absent(DisplayPaths.of(sidecarFile))
          : TextDecoder.decode(sidecarBytes, DisplayPaths.of(sidecarFile), d)
              .map(t -> SidecarParser.parse(t, DisplayPaths.of(sidecarFile), d))
              .orElse(Sidecar.absent(DisplayPaths.of(sidecarFile)));
      // a sidecar that is there but could not be read has had its error; "no sidecar" would be wrong
      if ((inEdition || sidecar.sha256().isPresent()) && (sidecar.present() || sidecarBytes == null)) {
        verifyChecksum(shown, sha, sidecar, d);
      }
      String id = slug(file);
      return text.map(t -> new Source(id, shown, fileName, t, sha, sidecar));
    }).flatMap(source -> source);
  }

  /** The bytes of a scraped text, refusing one over the size limit. */
  private static Optional<byte[]> readScraped(Path file, String shown, Diagnostics diagnostics) {
    return readAtMost(file, shown, TextDecoder.MAX_BYTES, 1, "text is over the 64 MB limit", diagnostics);
  }

  /** The bytes of {@code file}, or empty after reporting {@code tooLarge} (at {@code line}) or why it cannot be read. */
  private static Optional<byte[]> readAtMost(
      Path file, String shown, long maxBytes, int line, String tooLarge, Diagnostics diagnostics) {
    try {
      if (Files.size(file) > maxBytes) {
        diagnostics.error(shown, line, tooLarge);
        return Optional.empty();
      }
      return Optional.of(Files.readAllBytes(file));
    } catch (IOException e) {
      diagnostics.error(shown, 0, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static void verifyChecksum(
      String textPath, String sha, Sidecar sidecar, Diagnostics diagnostics) {
    if (!sidecar.present()) {
      diagnostics.warn(textPath, 0, "no sidecar, so no checksum: an edit of this text would go unnoticed");
    } else if (sidecar.sha256().isEmpty()) {
      diagnostics.warn(sidecar.path(), 0, "no sha256: an edit of " + textPath + " would go unnoticed");
    } else if (!sidecar.sha256().get().equals(sha)) {
      diagnostics.error(
          sidecar.path(), sidecar.line("sha256"),
          "checksum mismatch: " + textPath + " has sha256 " + sha.substring(0, 12)
              + "…, the sidecar records " + sidecar.sha256().get().substring(0, 12)
              + "… (scraped texts are never edited; restore the text or re-add it)");
    }
  }

  /**
   * Readings whose file names give the same slug: the one whose file is named exactly {@code
   * <slug>.txt} (as {@code gloss add} names them), else the first by file name, keeps the slug, so
   * that a new file such as {@code Lavrov Picked Up The Phone.txt} never takes the page, and the
   * links, of an existing {@code lavrov-picked-up-the-phone.txt}; the others get -2, -3... in
   * file-name order.
   */
  private static List<Source> uniqueIds(List<Source> sources, Diagnostics diagnostics) {
    Map<String, Source> owners = new HashMap<>();
    for (Source source : sources) {
      Source owner = owners.get(source.id());
      if (owner == null || (!owner.fileName().equals(owner.id() + ".txt") && source.fileName().equals(source.id() + ".txt"))) {
        owners.put(source.id(), source);
      }
    }
    Map<String, Integer> seen = new HashMap<>();
    owners.keySet().forEach(id -> seen.put(id, 1));
    List<Source> unique = new ArrayList<>();
    for (Source source : sources) {
      if (owners.get(source.id()) == source) {
        unique.add(source);
        continue;
      }
      int count = seen.merge(source.id(), 1, Integer::sum);
      String id = source.id() + "-" + count;
      while (seen.containsKey(id)) {
        id = id + "-" + count;
      }
      seen.put(id, 1);
      diagnostics.warn(source.path(), 0, "another reading has the slug \"" + source.id() + "\" ("
          + owners.get(source.id()).fileName() + " keeps it); this one is \"" + id + "\"");
      unique.add(
          new Source(id, source.path(), source.fileName(), source.text(), source.sha256(), source.sidecar()));
    }
    return List.copyOf(unique);
  }

  private record NoteFile(Path file, String shown, String id, Note.Kind kind) {}

  /** The notes that could be read, sorted by id; the ids of those that could not go into {@code unreadable}. */
  private static List<Note> notes(Path dir, List<Path> files, Map<Path, ParseCache.Stamp> stamps, ParseCache cache,
      Set<String> unreadable, Diagnostics diagnostics) {
    List<NoteFile> noteFiles = new ArrayList<>();
    for (Path file : files) {
      if (!file.startsWith(dir)) {
        continue;
      }
      String shown = DisplayPaths.of(file);
      Path relative = dir.relativize(file);
      String name = file.getFileName().toString();
      if (relative.getNameCount() != 2 || !name.endsWith(".md")) {
        diagnostics.warn(shown, 0, "ignored: notes are notes/<kind>/<id>.md");
        continue;
      }
      String folder = relative.getName(0).toString();
      Optional<Note.Kind> kind = Note.Kind.ofFolder(folder);
      if (kind.isEmpty()) {
        diagnostics.error(
            shown, 0,
            "unknown kind of note \"" + folder
                + "\" (use person, organisation, place, event, term or publication)");
        continue;
      }
      noteFiles.add(new NoteFile(file, shown, name.substring(0, name.length() - 3), kind.get()));
    }
    // parsed in parallel, in file order; diagnostics are sorted when read, so thread timing never shows
    List<Optional<Note>> parsed = noteFiles.parallelStream().map(f -> note(f, stamps.get(f.file()), cache, diagnostics)).toList();
    List<Note> notes = new ArrayList<>();
    Map<String, String> pathsById = new HashMap<>();
    for (int i = 0; i < noteFiles.size(); i++) {
      if (parsed.get(i).isEmpty()) {
        unreadable.add(noteFiles.get(i).id());
        continue;
      }
      NoteFile f = noteFiles.get(i);
      String previous = pathsById.putIfAbsent(f.id(), f.shown());
      if (previous != null) {
        diagnostics.error(f.shown(), 0, "duplicate note id \"" + f.id() + "\": also " + previous);
        continue;
      }
      notes.add(parsed.get(i).get());
    }
    notes.sort(Comparator.comparing(Note::id));
    return List.copyOf(notes);
  }

  private static Optional<Note> note(NoteFile f, ParseCache.Stamp stamp, ParseCache cache, Diagnostics diagnostics) {
    ParseCache.Reader read = () -> readBytes(f.file(), diagnostics).map(bytes -> new byte[][] {bytes});
    return cache.get("note " + f.file(), stamp == null ? null : List.of(stamp), read, diagnostics,
        (inputs, d) -> TextDecoder.decode(inputs[0], f.shown(), d).flatMap(t -> NoteParser.parse(t, f.id(), f.kind(), f.shown(), d)))
        .flatMap(note -> note);
  }

  /** Every regular file under {@code dir}, sorted; symbolic links are reported and skipped. */
  static List<Path> listFiles(Path dir, Diagnostics diagnostics) {
    return List.copyOf(listStamped(dir, diagnostics).keySet());
  }

  /** As {@link #listFiles}, with what the listing tells of each file. */
  private static Map<Path, ParseCache.Stamp> listStamped(Path dir, Diagnostics diagnostics) {
    Map<Path, ParseCache.Stamp> files = new TreeMap<>();
    try {
      // one look at each file's attributes, never following a link (a rebuild in serve lists them all)
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path path, BasicFileAttributes attributes) {
          if (attributes.isSymbolicLink()) {
            diagnostics.error(
                DisplayPaths.of(path), 0,
                "symbolic link refused: content must be real files inside " + DisplayPaths.of(dir));
          } else if (attributes.isRegularFile()) {
            files.put(path, ParseCache.Stamp.of(attributes));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | UncheckedIOException e) {
      diagnostics.error(DisplayPaths.of(dir), 0, "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  private static Optional<String> readText(Path file, Diagnostics diagnostics) {
    return readBytes(file, diagnostics).flatMap(bytes -> TextDecoder.decode(bytes, DisplayPaths.of(file), diagnostics));
  }

  /** The bytes of a sidecar, note or edition.yaml, refusing one too large to be a YAML file of ours. */
  private static Optional<byte[]> readBytes(Path file, Diagnostics diagnostics) {
    return readAtMost(file, DisplayPaths.of(file), YamlMap.MAX_CODE_POINTS * 4L, 0,
        "file is too large for a sidecar or note", diagnostics);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
