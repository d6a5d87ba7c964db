package gloss.render;

import java.util.List;

/** The view of {@code entries.mustache}: every entry, grouped by kind, alphabetical. */
public record EntriesView(Chrome chrome, List<Group> groups, int total) {

  /** The entries of one kind. */
  public record Group(String kind, String id, List<Item> entries) {}

  /** One entry with its gloss and how often the readings mention it. */
  public record Item(String href, String name, String gloss, int mentions) {}
}
