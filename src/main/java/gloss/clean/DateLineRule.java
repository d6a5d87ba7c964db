package gloss.clean;

import gloss.text.EditionDate;
import java.util.Optional;

/**
 * {@code date-line}: a date the scraper wrote into the text, as in "date 2022-07-29 The Joe Biden
 * administration…" or a line "Date: 2022-07-29". The date goes to the front matter; the words after
 * it are kept.
 */
final class DateLineRule implements DebrisRule {
  private static final int ISO_LENGTH = 10;

  @Override
  public String id() {
    return "date-line";
  }

  @Override
  public String description() {
    return "a date written into the text by the scraper (\"date 2022-07-29\"), moved to the front matter";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text().strip();
    String rest;
    if (text.startsWith("date ") || text.startsWith("Date ")) {
      rest = text.substring(5).strip();
    } else if (text.startsWith("date:") || text.startsWith("Date:")) {
      rest = text.substring(5).strip();
    } else {
      return Verdict.KEEP;
    }
    if (rest.length() < ISO_LENGTH) {
      return Verdict.KEEP;
    }
    Optional<EditionDate> date = EditionDate.parse(rest.substring(0, ISO_LENGTH));
    if (date.isEmpty() || (rest.length() > ISO_LENGTH && rest.charAt(ISO_LENGTH) != ' ')) {
      return Verdict.KEEP;
    }
    String kept = rest.substring(ISO_LENGTH).strip();
    Found found = new Found(Optional.empty(), date);
    if (kept.isEmpty()) {
      return Verdict.drop("a date line (" + date.get().iso() + ")", found);
    }
    return Verdict.cut(kept, "date " + date.get().iso() + " moved to the front matter", found);
  }
}
