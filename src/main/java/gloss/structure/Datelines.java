package gloss.structure;

import java.util.List;
import java.util.Optional;

/**
 * Wire datelines at the start of a lead paragraph: "WASHINGTON (AP) — Eyeing each other…". The
 * dateline moves to the metadata; the lead keeps every word after it.
 */
final class Datelines {
  private static final List<String> AGENCIES = List.of("(AP)", "(Reuters)", "(AFP)", "(UPI)", "(CNN)");
  private static final int MAX_PLACE = 40;

  private Datelines() {}

  record Split(Optional<String> dateline, String rest) {}

  static Split split(String text) {
    for (String agency : AGENCIES) {
      int at = text.indexOf(" " + agency);
      if (at <= 0 || at > MAX_PLACE) {
        continue;
      }
      String place = text.substring(0, at);
      if (!isPlace(place)) {
        continue;
      }
      int after = at + agency.length() + 1;
      String rest = text.substring(after).stripLeading();
      if (rest.isEmpty() || "—–-".indexOf(rest.charAt(0)) < 0) {
        continue;
      }
      return new Split(Optional.of(place + " " + agency), rest.substring(1).strip());
    }
    return new Split(Optional.empty(), text);
  }

  /** Upper-case place names, with commas and a state or country: "WASHINGTON", "KYIV, Ukraine". */
  private static boolean isPlace(String place) {
    int comma = place.indexOf(',');
    String city = comma < 0 ? place : place.substring(0, comma);
    if (city.isBlank()) {
      return false;
    }
    for (int i = 0; i < city.length(); i++) {
      char c = city.charAt(i);
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return false;
      }
    }
    return true;
  }
}
