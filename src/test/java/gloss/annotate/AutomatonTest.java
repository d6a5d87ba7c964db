package gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AutomatonTest {
  /** Letters the patterns share a lot of, and characters outside ASCII, where the search looks up the table. */
  private static final String ALPHABET = "aab bc.éЖ’—\u4e2d\uD83D\uDE00";

  /** Every occurrence of every pattern, against a search of each pattern at each place. */
  @Test
  void findsEveryOccurrenceOfEveryPatternOrderedByEndThenLongestFirst() {
    Random random = new Random(20261203);
    int found = 0;
    for (int round = 0; round < 300; round++) {
      Set<String> distinct = new LinkedHashSet<>();
      int count = 1 + random.nextInt(12);
      while (distinct.size() < count) {
        distinct.add(word(random, 1 + random.nextInt(4)));
      }
      List<String> patterns = List.copyOf(distinct);
      String text = word(random, random.nextInt(60));
      List<Automaton.Match> expected = new ArrayList<>();
      for (int p = 0; p < patterns.size(); p++) {
        for (int at = text.indexOf(patterns.get(p)); at >= 0; at = text.indexOf(patterns.get(p), at + 1)) {
          expected.add(new Automaton.Match(p, at, at + patterns.get(p).length()));
        }
      }
      expected.sort(Comparator.comparingInt(Automaton.Match::end).thenComparingInt(Automaton.Match::start));
      assertEquals(expected, new Automaton(patterns).find(text), patterns + " in \"" + text + "\"");
      found += expected.size();
    }
    assertTrue(found > 1_000, found + " occurrences: the texts must hold many for this to test anything");
  }

  private static String word(Random random, int length) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
