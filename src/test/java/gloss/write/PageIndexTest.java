package gloss.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageIndexTest {
  @TempDir Path root;

  private static BasicFileAttributes attributes(Path file) throws Exception {
    return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * What is written is read back, paths beyond ASCII included, and says what each file holds only
   * while the file is as it was and older than the index; a file of another size, time or inode,
   * or one the index does not know, gets no answer.
   */
  @Test
  void readsBackWhatItWroteAndAnswersOnlyForFilesAsTheyWere() throws Exception {
    Path site = root.resolve("site");
    Path page = site.resolve("r\u00E9sum\u00E9s/\u00FCber \u4E2D.html");
    Files.createDirectories(page.getParent());
    byte[] bytes = "<p>caf\u00E9</p>".getBytes(StandardCharsets.UTF_8);
    Files.write(page, bytes);
    Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    long checksum = PageIndex.checksum(bytes);
    String path = site.relativize(page).toString();
    Path file = PageIndex.of(site);
    assertEquals(root.resolve(".site.index"), file);
    PageIndex.write(file, Map.of(path, PageIndex.entry(attributes(page), checksum), "other.html",
        new PageIndex.Entry(1, 2, "(dev=1,ino=2)", 3)));
    PageIndex index = PageIndex.read(file);
    assertEquals(Boolean.TRUE, index.holds(path, attributes(page), checksum));
    assertEquals(Boolean.FALSE, index.holds(path, attributes(page), PageIndex.checksum("<p>cafe</p>".getBytes(StandardCharsets.UTF_8))));
    assertNull(index.holds("unknown.html", attributes(page), checksum));

    FileTime was = Files.getLastModifiedTime(page);
    Files.setLastModifiedTime(page, FileTime.fromMillis(System.currentTimeMillis() - 30_000)); // touched
    assertNull(index.holds(path, attributes(page), checksum));
    Files.setLastModifiedTime(page, was); // its time to the nanosecond: as the index says again
    assertEquals(Boolean.TRUE, index.holds(path, attributes(page), checksum));

    Files.setLastModifiedTime(file, Files.getLastModifiedTime(page)); // the index no newer than the page
    assertNull(PageIndex.read(file).holds(path, attributes(page), checksum));
    assertNull(PageIndex.read(root.resolve("missing")).holds(path, attributes(page), checksum));
  }

  /** The checksum tells apart pages of the same size that differ in one byte anywhere. */
  @Test
  void theChecksumSeesOneByte() {
    byte[] page = "<p>page</p>\n".repeat(1_000).getBytes(StandardCharsets.UTF_8);
    long checksum = PageIndex.checksum(page);
    for (int i = 0; i < page.length; i += 97) {
      byte[] changed = page.clone();
      changed[i] ^= 1;
      assertNotEquals(checksum, PageIndex.checksum(changed), "byte " + i);
    }
  }
}
