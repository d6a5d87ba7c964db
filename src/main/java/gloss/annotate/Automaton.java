package gloss.annotate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An Aho–Corasick automaton over many patterns: one pass over a text finds every occurrence of
 * every pattern, in time linear in the text plus the matches. Transitions live in one hash table
 * keyed by (state, char), so memory grows with the total length of the patterns, not with the
 * alphabet.
 *
 * <p>Built with boxed maps and lists, then frozen into primitive arrays ({@link Table}): the search
 * looks up a transition for every character of every reading, and a boxed key per character was
 * most of its cost.
 */
final class Automaton {
  private final Map<Long, Integer> transitions = new HashMap<>();
  private final List<Integer> fail = new ArrayList<>();
  private final List<Integer> dictionaryLink = new ArrayList<>();
  private final List<Integer> patternAt = new ArrayList<>();
  private final List<Integer> depth = new ArrayList<>();
  private final Table table;
  private final int[] failOf;
  private final int[] dictionaryLinkOf;
  private final int[] patternOf;
  private final int[] depthOf;
  /** The start state's transitions on ASCII characters, where most steps of a search begin. */
  private final int[] fromStart = new int[128];

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
    table = new Table(transitions);
    failOf = ints(fail);
    dictionaryLinkOf = ints(dictionaryLink);
    patternOf = ints(patternAt);
    depthOf = ints(depth);
    for (char c = 0; c < fromStart.length; c++) {
      fromStart[c] = Math.max(0, table.get(key(0, c)));
    }
  }

  /** Every occurrence of every pattern in {@code text}, ordered by end position. */
  List<Match> find(String text) {
    List<Match> matches = new ArrayList<>();
    int state = 0;
    for (int i = 0; i < text.length(); i++) {
      state = step(state, text.charAt(i));
      int output = patternOf[state] >= 0 ? state : dictionaryLinkOf[state];
      while (output > 0) {
        matches.add(new Match(patternOf[output], i + 1 - depthOf[output], i + 1));
        output = dictionaryLinkOf[output];
      }
    }
    return matches;
  }

  private int step(int state, char c) {
    while (state != 0) {
      int next = table.get(key(state, c));
      if (next >= 0) {
        return next;
      }
      state = failOf[state];
    }
    if (c < fromStart.length) {
      return fromStart[c];
    }
    return Math.max(0, table.get(key(0, c)));
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

  private static int[] ints(List<Integer> list) {
    int[] array = new int[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = list.get(i);
    }
    return array;
  }

  /** The transitions as an open-addressing hash table of primitive keys (never negative) and states. */
  private static final class Table {
    private final long[] keys;
    private final int[] values;
    private final int mask;

    Table(Map<Long, Integer> transitions) {
      int capacity = Integer.highestOneBit(Math.max(4, transitions.size() * 2) - 1) << 1;
      keys = new long[capacity];
      values = new int[capacity];
      mask = capacity - 1;
      Arrays.fill(keys, -1);
      for (Map.Entry<Long, Integer> t : transitions.entrySet()) {
        int slot = slot(t.getKey());
        while (keys[slot] >= 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = t.getKey();
        values[slot] = t.getValue();
      }
    }

    /** The state for {@code key}, or -1. */
    int get(long key) {
      for (int slot = slot(key); ; slot = (slot + 1) & mask) {
        long found = keys[slot];
        if (found == key) {
          return values[slot];
        }
        if (found < 0) {
          return -1;
        }
      }
    }

    private int slot(long key) {
      return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }
  }
}
