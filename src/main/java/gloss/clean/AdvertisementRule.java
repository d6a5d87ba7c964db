package gloss.clean;

import java.util.Set;

/**
 * {@code advertisement}: advertisement and sponsorship markers standing on their own line. "-
 * Advertisement -", "ADVERTISEMENT", "Sponsored content", "Story continues below advertisement".
 */
final class AdvertisementRule implements DebrisRule {
  private static final Set<String> MARKERS =
      Set.of(
          "advertisement", "advertisements", "ad", "ads", "advert", "sponsored", "sponsored content",
          "sponsored links", "sponsored stories", "paid content", "paid post", "promoted",
          "promoted content", "partner content", "story continues below advertisement",
          "article continues below advertisement", "continue reading below",
          "advertisement - scroll to continue", "scroll to continue with content", "ad feedback",
          "report this ad", "content continues below");

  @Override
  public String id() {
    return "advertisement";
  }

  @Override
  public String description() {
    return "advertisement and sponsorship markers: - Advertisement -, ADVERTISEMENT, Sponsored content";
  }

  @Override
  public Verdict judge(LineContext line) {
    if (!line.isShort()) {
      return Verdict.KEEP;
    }
    return MARKERS.contains(line.normalized()) ? Verdict.drop("an advertisement marker") : Verdict.KEEP;
  }
}
