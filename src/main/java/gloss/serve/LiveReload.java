package gloss.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The live-reload script and its injection into served HTML. The site on disk never has it: only
 * responses of the preview server do.
 */
final class LiveReload {
  static final String SCRIPT_PATH = "/__gloss/reload.js";
  static final String STATUS_PATH = "/__gloss/status";

  private LiveReload() {}

  /** The script's source, from the jar. */
  static byte[] script() {
    try (InputStream in = LiveReload.class.getResourceAsStream("reload.js")) {
      if (in == null) {
        throw new IllegalStateException("reload.js is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The page with a script tag for the live-reload script before {@code </head>} (or at the end),
   * telling it which build the page came from. The tag is a constant but for a number, so it is
   * spliced in as bytes rather than by re-parsing, which would change the page's other bytes.
   */
  static byte[] inject(byte[] html, int build) {
    String page = new String(html, StandardCharsets.UTF_8);
    String tag = "<script src=\"" + SCRIPT_PATH + "?build=" + build + "\" defer></script>\n";
    int at = page.indexOf("</head>");
    String result = at < 0 ? page + tag : page.substring(0, at) + tag + page.substring(at);
    return result.getBytes(StandardCharsets.UTF_8);
  }
}
