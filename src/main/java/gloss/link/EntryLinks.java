package gloss.link;

import java.util.ArrayList;
import java.util.List;

/** The {@code [[id]]} links that a note's body may use to point at another entry. */
public final class EntryLinks {
  private EntryLinks() {}

  /** Ids linked in one line, in order. */
  public static List<String> ids(String line) {
    List<String> ids = new ArrayList<>();
    int from = 0;
    int open;
    while ((open = line.indexOf("[[", from)) >= 0) {
      int close = line.indexOf("]]", open + 2);
      if (close < 0) {
        break;
      }
      ids.add(line.substring(open + 2, close).strip());
      from = close + 2;
    }
    return ids;
  }
}
