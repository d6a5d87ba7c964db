package gloss.render;

import gloss.load.EditionConfig;
import gloss.structure.Metadata;
import gloss.text.EditionDate;
import java.util.ArrayList;
import java.util.List;

/**
 * "Cite this reading" in two common styles, built only from what the edition knows: a missing
 * author, source or date is left out rather than guessed, and the edition is named as the place the
 * text was read.
 */
final class Citations {
  private Citations() {}

  /** A citation in one style, as plain text (the template escapes it). */
  record Citation(String style, String text) {}

  static List<Citation> of(Metadata meta, EditionConfig edition, String readingPath) {
    List<Citation> citations = new ArrayList<>();
    citations.add(new Citation("Chicago", chicago(meta, edition, readingPath)));
    citations.add(new Citation("MLA", mla(meta, edition, readingPath)));
    return citations;
  }

  private static String chicago(Metadata meta, EditionConfig edition, String path) {
    StringBuilder out = new StringBuilder();
    meta.author().ifPresent(a -> out.append(a).append(". "));
    out.append('“').append(sentence(meta.title())).append('”');
    meta.source().ifPresent(s -> out.append(' ').append(s).append(','));
    meta.date().ifPresent(d -> out.append(' ').append(chicagoDate(d)).append(','));
    meta.url().ifPresent(u -> out.append(' ').append(u).append(','));
    trimComma(out);
    out.append(". In ").append(edition.title());
    if (!edition.editors().isEmpty()) {
      out.append(", edited by ").append(String.join(" and ", edition.editors()));
    }
    out.append(", ").append(path).append('.');
    return out.toString();
  }

  private static String mla(Metadata meta, EditionConfig edition, String path) {
    StringBuilder out = new StringBuilder();
    meta.author().ifPresent(a -> out.append(a).append(". "));
    out.append('“').append(sentence(meta.title())).append('”');
    meta.source().ifPresent(s -> out.append(' ').append(s).append(','));
    meta.date().ifPresent(d -> out.append(' ').append(mlaDate(d)).append(','));
    trimComma(out);
    out.append(". ").append(edition.title());
    if (!edition.editors().isEmpty()) {
      out.append(", edited by ").append(String.join(" and ", edition.editors()));
    }
    out.append(", ").append(path).append('.');
    return out.toString();
  }

  /** A title ending in its own punctuation keeps it; others get the period inside the quotes. */
  private static String sentence(String title) {
    char last = title.charAt(title.length() - 1);
    return last == '.' || last == '?' || last == '!' ? title : title + ".";
  }

  private static void trimComma(StringBuilder out) {
    if (out.charAt(out.length() - 1) == ',') {
      out.setLength(out.length() - 1);
    }
  }

  /** Chicago: "March 2, 2023", "March 2023", "2023". */
  private static String chicagoDate(EditionDate date) {
    return switch (date.precision()) {
      case DAY -> date.monthName() + " " + date.day() + ", " + date.year();
      case MONTH -> date.monthName() + " " + date.year();
      case YEAR -> Integer.toString(date.year());
    };
  }

  /** MLA: "2 Mar. 2023", "Mar. 2023", "2023"; May, June and July are not abbreviated. */
  private static String mlaDate(EditionDate date) {
    String month = date.monthName();
    String shortMonth = month.length() <= 4 ? month : month.startsWith("Sept") ? "Sept." : month.substring(0, 3) + ".";
    return switch (date.precision()) {
      case DAY -> date.day() + " " + shortMonth + " " + date.year();
      case MONTH -> shortMonth + " " + date.year();
      case YEAR -> Integer.toString(date.year());
    };
  }
}
