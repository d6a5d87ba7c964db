package gloss.clean;

import java.util.List;

/**
 * The debris rules in the order the cleaner applies them: repairs first, then cuts, then rules that
 * drop whole lines, then rules that only flag. A value, passed to the cleaner, never a registry.
 */
public final class Rules {
  private final List<DebrisRule> rules;

  private Rules(List<DebrisRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Every rule Gloss knows. */
  public static Rules standard() {
    return new Rules(
        List.of(
            new MojibakeRule(),
            new DateLineRule(),
            new ArtifactRule(),
            new TrailingDebrisRule(),
            new BreadcrumbRule(),
            new RelatedLinkRule(),
            new CommentBoxRule(),
            new AdvertisementRule(),
            new WidgetRule(),
            new SyndicationRule(),
            new SearchJunkRule(),
            new OddLetterRule()));
  }

  List<DebrisRule> list() {
    return rules;
  }

  /** Rule id and description, for the edition's "how the texts were cleaned" page. */
  public List<Description> describe() {
    return rules.stream().map(r -> new Description(r.id(), r.description())).toList();
  }

  /** A rule as a reader sees it on the method page. */
  public record Description(String id, String description) {}
}
