package gloss.render;

import java.util.Objects;

/**
 * One file of the site: its path under the output folder (forward slashes, never leaving it) and
 * its bytes.
 */
public record Page(String path, byte[] bytes) {
  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(bytes, "bytes");
    if (path.isEmpty() || path.startsWith("/") || path.contains("..") || path.contains("\\")) {
      throw new IllegalArgumentException("unsafe page path: " + path);
    }
  }
}
