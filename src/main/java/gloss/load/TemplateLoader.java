package gloss.load;

import gloss.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the templates folder: {@code *.mustache} at its top level and every file under {@code
 * assets/}. Reports a missing folder, symbolic links and templates that are not UTF-8 text.
 */
public final class TemplateLoader {
  private TemplateLoader() {}

  public static TemplateSet load(Path dir, Diagnostics diagnostics) {
    Map<String, TemplateSet.Template> templates = new TreeMap<>();
    SortedMap<String, byte[]> assets = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      diagnostics.error(DisplayPaths.of(dir), 0, "templates folder not found");
      return new TemplateSet(templates, assets, DisplayPaths.of(dir), false);
    }
    // a folder with no template (a home folder, /) is one error, not read through
    try (DirectoryStream<Path> mustache = Files.newDirectoryStream(dir, "*.mustache")) {
      if (!mustache.iterator().hasNext()) {
        diagnostics.error(DisplayPaths.of(dir), 0, "not a templates folder: no *.mustache in it");
        return new TemplateSet(templates, assets, DisplayPaths.of(dir), false);
      }
    } catch (IOException e) {
      diagnostics.error(DisplayPaths.of(dir), 0, "cannot read the templates folder: " + e.getMessage());
      return new TemplateSet(templates, assets, DisplayPaths.of(dir), false);
    }
    List<Path> files = ContentLoader.listFiles(dir, diagnostics);
    Path assetDir = dir.resolve("assets");
    for (Path file : files) {
      String shown = DisplayPaths.of(file);
      String name = file.getFileName().toString();
      try {
        if (file.startsWith(assetDir)) {
          assets.put(assetDir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        } else if (file.getParent().equals(dir) && name.endsWith(".mustache")) {
          Optional<String> text = TextDecoder.decode(Files.readAllBytes(file), shown, diagnostics);
          String key = name.substring(0, name.length() - ".mustache".length());
          text.ifPresent(t -> templates.put(key, new TemplateSet.Template(key, shown, t)));
        } else {
          diagnostics.warn(shown, 0, "ignored: templates are *.mustache, other files go in assets/");
        }
      } catch (IOException e) {
        diagnostics.error(shown, 0, "cannot read: " + e.getMessage());
      }
    }
    return new TemplateSet(Map.copyOf(templates), assets, DisplayPaths.of(dir), true);
  }

}
