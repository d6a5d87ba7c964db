package gloss.load;

import java.util.Objects;

/**
 * One scraped text as read from disk, with its sidecar.
 *
 * @param id the reading's slug, from its file name; used in URLs and by other files
 * @param path the text's display path, such as {@code content/readings/x.txt}
 * @param fileName the text's file name in {@code content/readings/}
 * @param text the decoded text, LF line endings, never edited
 * @param sha256 hex SHA-256 of the file's bytes
 */
public record Source(
    String id, String path, String fileName, String text, String sha256, Sidecar sidecar) {

  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(sidecar, "sidecar");
  }

  /**
   * The text's path as the site shows it (in cleaning reports): in the edition's content folder,
   * {@code content/readings/x.txt}, wherever the build ran, so that the site never depends on the
   * working folder nor shows where a maintainer keeps the edition on their disk.
   */
  public String sitePath() {
    return "content/readings/" + fileName;
  }

  /** The sidecar's path as the site shows it; see {@link #sitePath}. */
  public String siteSidecarPath() {
    String shown = sidecar.path();
    return "content/readings/" + shown.substring(shown.lastIndexOf('/') + 1);
  }

  /**
   * This source with an empty text: what a structured reading keeps, since only cleaning reads the
   * text, and an edition of 10,000 readings should not hold every text a second time (as Java
   * strings, most news texts take two bytes a character). The checksum still tells texts apart.
   */
  public Source withoutText() {
    return text.isEmpty() ? this : new Source(id, path, fileName, "", sha256, sidecar);
  }
}
