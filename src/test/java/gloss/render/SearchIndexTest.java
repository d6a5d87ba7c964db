package gloss.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** How the search index's records are cut into chunks as they come. */
class SearchIndexTest {
  private static final String HEAD = "window.glossSearchChunk(";

  @Test
  void anEmptyEditionHasOneEmptyChunk() {
    Map<String, String> pages = chunk(List.of());
    assertEquals(List.of("search/index-0.js", "search/manifest.js"), new ArrayList<>(pages.keySet()));
    assertEquals(List.of(), records(pages.get("search/index-0.js")));
    assertTrue(pages.get("search/manifest.js").contains("{chunks: 1, records: 0}"));
  }

  /**
   * Random records, some larger than a chunk: every record once and in order, no chunk over the
   * limit unless it holds one record, and no chunk that could have taken the next chunk's first.
   */
  @Test
  void chunksKeepEveryRecordInOrderAndAreFullButNotOverfull() {
    Random random = new Random(20261203);
    for (int round = 0; round < 20; round++) {
      List<String> records = new ArrayList<>();
      for (int i = random.nextInt(4_000); i > 0; i--) {
        int kind = random.nextInt(20);
        int length = kind == 0 ? random.nextInt(2 * SearchIndex.CHUNK_BYTES) : kind < 6 ? 1 + random.nextInt(9_000) : 1 + random.nextInt(60);
        records.add(Character.toString('a' + random.nextInt(26)).repeat(length));
      }
      Map<String, String> pages = chunk(records);
      int chunks = pages.size() - 1;
      assertTrue(pages.get("search/manifest.js").contains("{chunks: " + chunks + ", records: " + records.size() + "}"));
      List<List<String>> laid = new ArrayList<>();
      for (int n = 0; n < chunks; n++) {
        String page = pages.get("search/index-" + n + ".js");
        assertTrue(page.contains(HEAD + n + ", ["), "chunk " + n + " knows its number");
        laid.add(records(page));
      }
      assertEquals(records, laid.stream().flatMap(List::stream).toList());
      for (int n = 0; n < chunks; n++) {
        List<String> chunk = laid.get(n);
        assertTrue(chunk.size() == 1 || length(chunk) <= SearchIndex.CHUNK_BYTES, "chunk " + n + " over the limit");
        if (n + 1 < chunks) {
          assertTrue(length(chunk) + 2 + laid.get(n + 1).get(0).length() > SearchIndex.CHUNK_BYTES,
              "chunk " + n + " had room for the next record");
        }
      }
    }
  }

  /** Two records and the comma between them that fill a chunk to the byte share it; one more byte does not. */
  @Test
  void aChunkTakesRecordsUpToItsSizeExactly() {
    String half = "x".repeat((SearchIndex.CHUNK_BYTES - 2) / 2);
    Map<String, String> pages = chunk(List.of(half, half, "y", half, half + "z"));
    assertEquals(List.of(half, half), records(pages.get("search/index-0.js")));
    assertEquals(List.of("y", half), records(pages.get("search/index-1.js")));
    assertEquals(List.of(half + "z"), records(pages.get("search/index-2.js")));
    assertTrue(pages.get("search/manifest.js").contains("{chunks: 3, records: 5}"));
    String nearlyFull = "x".repeat(SearchIndex.CHUNK_BYTES - 2);
    pages = chunk(List.of(nearlyFull, "y")); // the comma and line break would be two bytes too many
    assertEquals(List.of(nearlyFull), records(pages.get("search/index-0.js")));
    assertEquals(List.of("y"), records(pages.get("search/index-1.js")));
  }

  private static Map<String, String> chunk(List<String> records) {
    List<Page> pages = Collections.synchronizedList(new ArrayList<>());
    SearchIndex.Chunks chunks = new SearchIndex.Chunks(RenderCache.none(), pages::add);
    records.forEach(chunks::add);
    chunks.finish();
    Map<String, String> byPath = new TreeMap<>((a, b) -> a.length() != b.length() ? a.length() - b.length() : a.compareTo(b));
    for (Page page : pages) {
      assertEquals(null, byPath.put(page.path(), new String(page.bytes(), StandardCharsets.UTF_8)), page.path());
    }
    return byPath;
  }

  private static List<String> records(String page) {
    int open = page.indexOf("[\n") + 2;
    int close = page.lastIndexOf("\n]);");
    String body = page.substring(open, close);
    return body.isEmpty() ? List.of() : List.of(body.split(",\n", -1));
  }

  private static int length(List<String> chunk) {
    return chunk.stream().mapToInt(String::length).sum() + 2 * (chunk.size() - 1);
  }
}
