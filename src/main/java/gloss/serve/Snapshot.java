package gloss.serve;

import gloss.render.Page;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the server shows: the files of the last good build, its number (which pages use to know
 * when to reload), and the errors of the latest build when it failed.
 *
 * @param build the number of the last good build, from 1; 0 when none has succeeded yet
 * @param files the last good site by path
 * @param errors the latest build's diagnostics, formatted, when it failed; empty when it succeeded
 */
record Snapshot(int build, Map<String, byte[]> files, List<String> errors) {

  static final Snapshot NONE = new Snapshot(0, Map.of(), List.of());

  /** Whether {@code files} are this snapshot's, path for path and byte for byte (a save that changed nothing). */
  boolean sameFiles(Map<String, byte[]> other) {
    if (files.size() != other.size()) {
      return false;
    }
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      byte[] bytes = other.get(file.getKey());
      if (bytes != file.getValue() && !Arrays.equals(bytes, file.getValue())) {
        return false;
      }
    }
    return true;
  }

  static Map<String, byte[]> index(List<Page> pages) {
    Map<String, byte[]> files = new TreeMap<>();
    pages.forEach(p -> files.put(p.path(), p.bytes()));
    return Map.copyOf(files);
  }
}
