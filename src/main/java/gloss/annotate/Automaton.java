package gloss.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over many patterns: one pass over a text finds every occurrence of
 * every pattern, in time linear in the text plus the matches. Transitions live in one hash map
 * keyed by (state, char), so memory grows with the total length of the patterns, not with the
 * alphabet.
 */
final class Automaton {
  private final Map<Long, Integer> transitions = new HashMap<>();
  private final List<Integer> fail = new ArrayList<>();
  private final List<Integer> dictionaryLink = new ArrayList<>();
  private final List<Integer> patternAt = new ArrayList<>();
  private final List<Integer> depth = new ArrayList<>();

  /** One occurrence: pattern index and its [start, end) in the text. */
  record Match(int pattern, int start, int end) {}

  Automaton(List<String> patterns) {
    newState(0);
    for (int p = 0; p < patterns.size(); p++) {
      String pattern = patterns.get(p);
      int state = 0;
      for (int i = 0; i < pattern.length(); i++) {
        long key = key(state, pattern.charAt(i));
        Integer next = transitions.get(key);
        if (next == null) {
          next = newState(depth.get(state) + 1);
          transitions.put(key, next);
        }
        state = next;
      }
      if (patternAt.get(state) < 0) {
        patternAt.set(state, p);
      }
    }
    buildLinks();
  }

  /** Every occurrence of every pattern in {@code text}, ordered by end position. */
  List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      int output = patternAt.get(state) >= 0 ? state : dictionaryLink.get(state);
      while (output > 0) {
        matches.add(new Match(patternAt.get(output), i + 1 - depth.get(output), i + 1));
        output = dictionaryLink.get(output);
      }
    }
    return matches;
  }

  private int step(int state, char c) {
    while (true) {
      Integer next = transitions.get(key(state, c));
      if (next != null) {
        return next;
      }
      if (state == 0) {
        return 0;
      }
      state = fail.get(state);
    }
  }

  private void buildLinks() {
    List<List<long[]>> children = new ArrayList<>();
    for (int i = 0; i < depth.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (Map.Entry<Long, Integer> t : transitions.entrySet()) {
      int from = (int) (t.getKey() >>> 16);
      children.get(from).add(new long[] {t.getKey() & 0xFFFF, t.getValue()});
    }
    ArrayDeque<Integer> queue = new ArrayDeque<>();
    for (long[] child : children.get(0)) {
      fail.set((int) child[1], 0);
      queue.add((int) child[1]);
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      int link = fail.get(state);
      dictionaryLink.set(state, patternAt.get(link) >= 0 ? link : dictionaryLink.get(link));
      for (long[] child : children.get(state)) {
        char c = (char) child[0];
        int target = (int) child[1];
        int f = fail.get(state);
        Integer next = transitions.get(key(f, c));
        while (next == null && f != 0) {
          f = fail.get(f);
          next = transitions.get(key(f, c));
        }
        fail.set(target, next == null || next == target ? 0 : next);
        queue.add(target);
      }
    }
  }

  private int newState(int stateDepth) {
    fail.add(0);
    dictionaryLink.add(0);
    patternAt.add(-1);
    depth.add(stateDepth);
    return depth.size() - 1;
  }

  private static long key(int state, char c) {
    return ((long) state << 16) | c;
  }
}
