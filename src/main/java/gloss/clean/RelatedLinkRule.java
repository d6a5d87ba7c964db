package gloss.clean;

import java.util.List;

/**
 * {@code related-link}: lines that point to other articles. "See also …", "Read more: …",
 * "Related: …", "Also read …", "RELATED …", and a headline followed by "| Publication" when it stands
 * alone as a link card. A link-card line followed by an opening quotation mark is kept: it is the
 * citation of the quotation that follows.
 */
final class RelatedLinkRule implements DebrisRule {
  private static final List<String> PREFIXES =
      List.of(
          "see also", "read more", "related:", "related articles", "related stories",
          "related coverage", "related content", "also read", "read also", "more from",
          "you may also like", "recommended:", "recommended for you", "more stories", "trending:",
          "don't miss:", "don’t miss:", "watch:");
  private static final int MAX_WORDS = 30;
  /** A line this long that ends a sentence is prose ("See also how …"), not a link. */
  private static final int SENTENCE_WORDS = 8;

  @Override
  public String id() {
    return "related-link";
  }

  @Override
  public String description() {
    return "links to other articles: See also, Read more, Related, Also read, link cards";
  }

  @Override
  public Verdict judge(LineContext line) {
    if (!line.isShort()) {
      return Verdict.KEEP;
    }
    String text = line.text();
    String lower = line.normalized();
    for (String prefix : PREFIXES) {
      if (lower.startsWith(prefix) && followedByBreak(lower, prefix.length())) {
        if (!prefix.endsWith(":") && !followedByColon(lower, prefix.length())
            && Sentences.endsSentence(text) && Sentences.wordCount(text) > SENTENCE_WORDS) {
          return Verdict.suspicious("starts like a related link (\"" + prefix + "\") but reads as a sentence");
        }
        if (Sentences.wordCount(text) > MAX_WORDS) {
          return Verdict.suspicious("starts like a related link (\"" + prefix + "\") but is long");
        }
        return Verdict.drop("starts with \"" + prefix + "\"");
      }
    }
    if (text.startsWith("RELATED") && followedByBreak(text, "RELATED".length())) {
      return Verdict.drop("starts with \"RELATED\"");
    }
    int bar = text.lastIndexOf(" | ");
    if (bar > 0 && !Sentences.endsSentence(text.substring(0, bar))) {
      String publication = text.substring(bar + 3).strip();
      if (Sentences.looksLikeName(publication)) {
        if (Sentences.opensQuotation(line.next())) {
          return Verdict.KEEP;
        }
        return Verdict.drop("a headline with \"| " + publication + "\", standing alone as a link card");
      }
    }
    return Verdict.KEEP;
  }

  private static boolean followedByColon(String text, int at) {
    return text.startsWith(":", at) || text.startsWith(" :", at);
  }

  private static boolean followedByBreak(String text, int at) {
    if (at >= text.length()) {
      return true;
    }
    char c = text.charAt(at);
    return c == ' ' || c == ':' || c == '\u00A0' || c == '-' || c == '—' || c == '–'
        || c == '»' || c == '>' || c == '|';
  }
}
