package gloss.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * A date as precise as the source allows: a year, a month of a year, or a day.
 *
 * <p>Scraped texts often say "in March" or give only a year; an edition must not invent the day.
 * Sorting compares the known parts, and an imprecise date sorts before precise ones of the same
 * period.
 *
 * @param month 0 when unknown
 * @param day 0 when unknown
 */
public record EditionDate(int year, int month, int day) implements Comparable<EditionDate> {
  /** English month names, as {@code Month.getDisplayName(FULL, ENGLISH)} does gives them, without loading locale data. */
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  /**
   * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD} (ASCII digits); empty when not a real
   * date. Read by hand: a regular expression compiled per call (and {@code LocalDate.parse}'s
   * formatter) cost more, at ten thousand sidecars, than the rest of reading a sidecar.
   */
  public static Optional<EditionDate> parse(String text) {
    String s = text.strip();
    try {
      if (s.length() == 4 && digits(s, 0, 4)) {
        return Optional.of(new EditionDate(Integer.parseInt(s), 0, 0));
      }
      if (s.length() == 7 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7)) {
        int month = Integer.parseInt(s, 5, 7, 10);
        Month.of(month);
        return Optional.of(new EditionDate(Integer.parseInt(s, 0, 4, 10), month, 0));
      }
      if (s.length() == 10 && digits(s, 0, 4) && s.charAt(4) == '-' && digits(s, 5, 7) && s.charAt(7) == '-'
          && digits(s, 8, 10)) {
        LocalDate date = LocalDate.of(
            Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        return Optional.of(
            new EditionDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth()));
      }
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** The ISO form, as precise as known: {@code 2022}, {@code 2022-07} or {@code 2022-07-29}. */
  public String iso() {
    StringBuilder iso = new StringBuilder(10);
    pad(iso, year, 4);
    if (month != 0) {
      pad(iso.append('-'), month, 2);
      if (day != 0) {
        pad(iso.append('-'), day, 2);
      }
    }
    return iso.toString();
  }

  /** {@code value} in at least {@code width} digits, as {@code %0Nd} would write it (pages format thousands of dates). */
  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(Math.abs(value));
    if (value < 0) {
      out.append('-');
      width--;
    }
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }

  /** The form a reader sees: {@code 2022}, {@code July 2022} or {@code 29 July 2022}. */
  public String display() {
    if (month == 0) {
      return Integer.toString(year);
    }
    String monthName = monthName();
    return day == 0 ? monthName + " " + year : day + " " + monthName + " " + year;
  }

  /** How much of the date is known. */
  public enum Precision {
    YEAR,
    MONTH,
    DAY
  }

  public Precision precision() {
    return month == 0 ? Precision.YEAR : day == 0 ? Precision.MONTH : Precision.DAY;
  }

  /** The English name of the month; empty when only the year is known. */
  public String monthName() {
    return month == 0 ? "" : MONTHS[month - 1];
  }

  @Override
  public int compareTo(EditionDate other) {
    if (year != other.year) {
      return Integer.compare(year, other.year);
    }
    if (month != other.month) {
      return Integer.compare(month, other.month);
    }
    return Integer.compare(day, other.day);
  }
}
