package gloss.bench;

import gloss.text.Slugs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes a deterministic synthetic edition as a content folder: {@code readings} texts of 800 to
 * 1,500 words (headings, quotations, debris lines, and the names of the notes in about one word in 40),
 * each with a sidecar (original name, checksum, date, source), {@code notes} person notes whose
 * names occur in the texts, and an {@code edition.yaml} with no reading order, so readings follow
 * by date. The same seed always writes the same bytes.
 */
public final class SyntheticEdition {
  private final long seed;
  private final int readings;
  private final int notes;
  /**
   * About one word in 40 is a name (2.5%, some 25 to 40 mentions per reading, like a news report);
   * the mention benchmark's one in eight would give every reading a hundred footnotes.
   */
  static final int NAME_EVERY = 40;

  public SyntheticEdition(long seed, int readings, int notes) {
    this.seed = seed;
    this.readings = readings;
    this.notes = notes;
  }

  /** Writes {@code content/} under {@code dir} (which should be empty) and returns it. */
  public Path write(Path dir) throws IOException {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("readings"));
    Files.createDirectories(content.resolve("notes/person"));
    Files.writeString(content.resolve("edition.yaml"), "title: A Synthetic Edition\nsubtitle: "
        + readings + " readings and " + notes + " notes, seed " + seed + "\nlanguage: en\n", StandardCharsets.UTF_8);
    List<String> names = Synthetic.names(notes);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Files.writeString(content.resolve("notes/person/" + Slugs.slugify(name, "note") + ".md"),
          "---\nname: " + name + "\ngloss: A synthetic person, number " + (i + 1) + ".\n---\n"
              + name + " is a person of this synthetic edition.\n", StandardCharsets.UTF_8);
    }
    Synthetic synthetic = new Synthetic(seed, names, NAME_EVERY);
    for (int i = 0; i < readings; i++) {
      int words = 800 + (int) Math.floorMod(seed * 31 + i * 7919L, 701);
      String id = String.format(Locale.ROOT, "reading-%05d", i + 1);
      byte[] text = synthetic.article(words).getBytes(StandardCharsets.UTF_8);
      Files.write(content.resolve("readings/" + id + ".txt"), text);
      Files.writeString(content.resolve("readings/" + id + ".yaml"), sidecar(i, text), StandardCharsets.UTF_8);
    }
    return content;
  }

  /** The sidecar of reading {@code i} (from 0) whose text has these bytes. */
  public static String sidecar(int i, byte[] text) {
    int day = i % 28 + 1;
    int month = i / 28 % 12 + 1;
    int year = 2000 + i / (28 * 12);
    return "original_name: " + String.format(Locale.ROOT, "%03d_%08x.txt", i, i * 2654435761L & 0xffffffffL) + "\n"
        + "sha256: " + sha256(text) + "\n"
        + String.format(Locale.ROOT, "date: %04d-%02d-%02d%n", year, month, day)
        + "source: The Synthetic Record\n";
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code java gloss.bench.SyntheticEdition DIR READINGS NOTES [SEED]}: writes one edition. */
  public static void main(String[] args) throws IOException {
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
    Path content = new SyntheticEdition(seed, Integer.parseInt(args[1]), Integer.parseInt(args[2]))
        .write(Path.of(args[0]));
    System.out.println("wrote " + content);
  }
}
