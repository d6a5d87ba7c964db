package gloss.load;

import java.util.Map;
import java.util.SortedMap;

/**
 * The templates folder in memory: Mustache sources by name ({@code reading} for {@code
 * reading.mustache}) and static assets by their path under {@code assets/}; {@code folder} is
 * the folder's display path, for messages about a template that is not there, and {@code found}
 * false when there is no such folder (reported once, so that no template is reported missing).
 */
public record TemplateSet(Map<String, Template> templates, SortedMap<String, byte[]> assets, String folder, boolean found) {
  /** A set from a folder shown as {@code templates}. */
  public TemplateSet(Map<String, Template> templates, SortedMap<String, byte[]> assets) {
    this(templates, assets, "templates", true);
  }

  /** One Mustache template and where it came from. */
  public record Template(String name, String path, String text) {}
}
