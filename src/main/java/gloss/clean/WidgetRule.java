package gloss.clean;

import java.util.List;
import java.util.Set;

/**
 * {@code widget}: page furniture that is not the article. Share, follow and subscribe widgets,
 * cookie notices, "Skip to content", a blog's "Like this:" button, and menu text such as "Business
 * &amp; Finance Click to expand menu.".
 */
final class WidgetRule implements DebrisRule {
  private static final Set<String> PHRASES =
      Set.of(
          "skip to content", "skip to main content", "skip to navigation", "toggle navigation",
          "menu", "main menu", "open menu", "close menu", "search", "share", "share this",
          "share this article", "share this story", "share on facebook", "share on twitter",
          "share on x", "share on linkedin", "share via email", "tweet", "email", "print",
          "copy link", "link copied", "subscribe", "sign in", "log in", "register",
          "back to top", "click to expand menu", "accept cookies", "accept all cookies",
          "manage cookies", "cookie settings", "like this", "like loading");
  private static final List<String> PREFIXES =
      List.of(
          "share this:", "share on ", "click to share on ", "follow us on ", "follow us:",
          "subscribe to our newsletter", "sign up for our newsletter", "sign up for the ",
          "get the latest news delivered", "click to expand menu");
  private static final int MAX_WIDGET_WORDS = 14;
  private static final int MAX_COOKIE_WORDS = 60;

  @Override
  public String id() {
    return "widget";
  }

  @Override
  public String description() {
    return "share, follow and subscribe widgets, cookie notices, skip links and menu text";
  }

  @Override
  public Verdict judge(LineContext line) {
    if (!line.isShort()) {
      return Verdict.KEEP;
    }
    String lower = line.normalized();
    if (PHRASES.contains(lower)) {
      return Verdict.drop("page furniture");
    }
    int words = Sentences.wordCount(lower);
    if (words <= MAX_WIDGET_WORDS) {
      for (String prefix : PREFIXES) {
        if (lower.startsWith(prefix)) {
          return Verdict.drop("a widget (\"" + prefix.strip() + "\")");
        }
      }
      if (lower.endsWith("click to expand menu")) {
        return Verdict.drop("menu text");
      }
    }
    if (words <= MAX_COOKIE_WORDS
        && (lower.contains("we use cookies") || lower.contains("uses cookies")
            || lower.contains("accept cookies") || lower.contains("cookie policy"))) {
      return Verdict.drop("a cookie notice");
    }
    return Verdict.KEEP;
  }
}
