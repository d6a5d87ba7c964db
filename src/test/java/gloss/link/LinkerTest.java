package gloss.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinkerTest {
  /**
   * The ranking, done in parallel blocks of readings, against the plain definition: every other
   * reading that shares an entry, most shared entries first, then earlier; the first five; the
   * shared entries in the reading's own order. Big enough for several blocks.
   */
  @Test
  void relatedReadingsAreThoseSharingTheMostEntriesThenTheEarliest() {
    Random random = new Random(20261203);
    List<String> ids = new ArrayList<>();
    Map<String, List<String>> entriesOf = new LinkedHashMap<>();
    for (int i = 0; i < 1_100; i++) {
      String id = "reading-" + i;
      ids.add(id);
      List<String> entries = new ArrayList<>();
      int count = random.nextInt(8); // some readings mention nothing
      while (entries.size() < count) {
        String entry = "entry-" + random.nextInt(300);
        if (!entries.contains(entry)) {
          entries.add(entry);
        }
      }
      entriesOf.put(id, entries);
    }
    Map<String, List<Edition.Related>> related = Linker.related(ids, entriesOf);

    assertEquals(ids, List.copyOf(related.keySet()));
    int withFive = 0;
    for (int i = 0; i < ids.size(); i++) {
      List<String> mine = entriesOf.get(ids.get(i));
      List<Edition.Related> expected = new ArrayList<>();
      for (int j = 0; j < ids.size(); j++) {
        List<String> theirs = entriesOf.get(ids.get(j));
        List<String> shared = mine.stream().filter(theirs::contains).toList();
        if (j != i && !shared.isEmpty()) {
          expected.add(new Edition.Related(ids.get(j), shared));
        }
      }
      expected.sort(Comparator.comparingInt((Edition.Related r) -> -r.shared().size())
          .thenComparingInt(r -> ids.indexOf(r.reading())));
      List<Edition.Related> top = expected.subList(0, Math.min(Linker.MAX_RELATED, expected.size()));
      assertEquals(top, related.get(ids.get(i)), ids.get(i));
      withFive += top.size() == Linker.MAX_RELATED ? 1 : 0;
    }
    // the comparison is worth something only if most readings have a full list to rank
    assertTrue(withFive > ids.size() / 2, withFive + " readings with five related");
  }
}
