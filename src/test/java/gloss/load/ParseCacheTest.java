package gloss.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import gloss.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParseCacheTest {
  private final AtomicInteger reads = new AtomicInteger();
  private final AtomicInteger parses = new AtomicInteger();

  private static ParseCache.Stamp stamp(long size, long millisAgo) {
    return new ParseCache.Stamp(size, FileTime.fromMillis(System.currentTimeMillis() - millisAgo), "inode-1");
  }

  /** One load of a file whose bytes are {@code text} and whose listing gave {@code stamp}. */
  private String load(ParseCache cache, ParseCache.Stamp stamp, String text) {
    Optional<String> value = cache.get("note a.md", stamp == null ? null : List.of(stamp), () -> {
      reads.incrementAndGet();
      return Optional.of(new byte[][] {text.getBytes(StandardCharsets.UTF_8)});
    }, new Diagnostics(), (inputs, d) -> {
      parses.incrementAndGet();
      return new String(inputs[0], StandardCharsets.UTF_8);
    });
    cache.endLoad();
    return value.orElseThrow();
  }

  @Test
  void aFileWhoseOldStampIsUnchangedIsNotReadAgain() {
    ParseCache cache = new ParseCache();
    ParseCache.Stamp old = stamp(5, 3_600_000);
    String first = load(cache, old, "hello");
    assertSame(first, load(cache, old, "hello"));
    assertEquals(1, reads.get());
    assertEquals(1, parses.get());
  }

  @Test
  void aChangedStampMeansReadingAgainAndParsingOnlyWhenTheBytesDiffer() {
    ParseCache cache = new ParseCache();
    load(cache, stamp(5, 3_600_000), "hello");
    String touched = load(cache, stamp(5, 1_800_000), "hello");
    assertEquals(2, reads.get());
    assertEquals(1, parses.get());
    assertEquals("hello", touched);
    assertEquals("world", load(cache, stamp(5, 900_000), "world"));
    assertEquals(3, reads.get());
    assertEquals(2, parses.get());
  }

  @Test
  void aStampTooCloseToTheReadIsNeverTrusted() {
    // written in the same instant as it was read: a second write could keep size and time
    ParseCache cache = new ParseCache();
    ParseCache.Stamp recent = stamp(5, 0);
    load(cache, recent, "hello");
    assertEquals("world", load(cache, recent, "world"));
    assertEquals(2, reads.get());
  }

  @Test
  void withoutStampsEveryLoadReads() {
    ParseCache cache = new ParseCache();
    load(cache, null, "hello");
    assertEquals("hello", load(cache, null, "hello"));
    assertEquals(2, reads.get());
    assertEquals(1, parses.get());
  }

  @Test
  void aCacheThatKeepsNothingReadsAndParsesEveryTime() {
    ParseCache cache = ParseCache.none();
    ParseCache.Stamp old = stamp(5, 3_600_000);
    load(cache, old, "hello");
    load(cache, old, "hello");
    assertEquals(2, reads.get());
    assertEquals(2, parses.get());
  }
}
