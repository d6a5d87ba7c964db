package gloss.load;

import gloss.diag.Diagnostics;
import gloss.load.EditionConfig.MentionPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code edition.yaml}: only {@code title} is required. */
final class EditionParser {
  static final Set<String> KEYS =
      Set.of(
          "title", "subtitle", "introduction", "editors", "licence", "language", "reading_order",
          "mentions", "site_url", "method");

  private EditionParser() {}

  static Optional<EditionConfig> parse(String yaml, String path, Diagnostics diagnostics) {
    Optional<YamlMap> parsed = YamlMap.parse(yaml, path, 0, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap map = parsed.get();
    map.rejectUnknownKeys(KEYS);
    Optional<String> title = map.requiredString("title");
    String languageText = map.string("language").orElse("en");
    boolean validLanguage = languageText.matches("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
    if (!validLanguage) {
      diagnostics.error(
          path, map.line("language"), "\"language\" must be a language tag such as en or en-GB");
    }
    String language = validLanguage ? languageText : "en";
    String policyText = map.string("mentions").orElse(MentionPolicy.FIRST_FOOTNOTE.key());
    Optional<MentionPolicy> policy = MentionPolicy.ofKey(policyText);
    if (policy.isEmpty()) {
      diagnostics.error(
          path, map.line("mentions"),
          "unknown mention policy \"" + policyText + "\" (use first-footnote, links-only or off)");
    }
    List<String> order = map.strings("reading_order");
    List<Integer> lines = map.itemLines("reading_order");
    List<Note.Ref> refs = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      refs.add(new Note.Ref(order.get(i), i < lines.size() ? lines.get(i) : map.line()));
    }
    Optional<String> givenUrl = map.string("site_url").map(u -> u.endsWith("/") ? u : u + "/");
    boolean validUrl = givenUrl.isEmpty() || givenUrl.get().matches("https?://[^\\s<>\"]+");
    if (!validUrl) {
      diagnostics.error(path, map.line("site_url"), "\"site_url\" must be an http:// or https:// address");
    }
    Optional<String> siteUrl = validUrl ? givenUrl : Optional.empty();
    return title.map(
        t ->
            new EditionConfig(
                path,
                t,
                map.string("subtitle"),
                map.string("introduction"),
                map.strings("editors"),
                map.string("licence"),
                language,
                List.copyOf(refs),
                policy.orElse(MentionPolicy.FIRST_FOOTNOTE),
                siteUrl,
                map.string("method")));
  }
}
