package gloss.load;

import java.util.Map;
import java.util.SortedMap;

/**
 * The templates folder in memory: Mustache sources by name ({@code reading} for {@code
 * reading.mustache}) and static assets by their path under {@code assets/}.
 */
public record TemplateSet(Map<String, Template> templates, SortedMap<String, byte[]> assets) {

  /** One Mustache template and where it came from. */
  public record Template(String name, String path, String text) {}
}
