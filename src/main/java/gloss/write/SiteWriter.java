package gloss.write;

import gloss.diag.Diagnostics;
import gloss.load.DisplayPaths;
import gloss.render.Page;
import gloss.render.PageSink;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Stage 7, write: pages to the output folder, all or nothing.
 *
 * <p>Pages go to a fresh staging folder beside the output, except those whose bytes are the very
 * bytes of the previous site's copy, which are left where they are. Only when every page is made
 * does the site change. When few pages changed (as on most rebuilds) they are moved into the
 * site in place, under a journal that lets a failed or killed commit be rolled back ({@link
 * InPlace}); otherwise the unchanged pages are linked into the staging folder, the old site is
 * moved aside, the new one moved into its place, and the old one deleted. A build that fails or is
 * killed part way leaves the previous site whole (a kill while the site is being replaced leaves
 * it for the next build to put back first). Refuses an output folder that is a file, that holds
 * the content or templates, or that exists without Gloss's marker file (so {@code --out
 * ~/Documents} cannot wipe a folder that Gloss did not make).
 */
public final class SiteWriter {
  /** The file every site Gloss writes contains; see {@code Renderer}. */
  public static final String MARKER = ".gloss";

  private SiteWriter() {}

  /** Writes {@code pages} as the new content of {@code out}; false after reporting a problem. */
  public static boolean write(List<Page> pages, Path out, List<Path> protectedDirs, Diagnostics diagnostics) {
    Optional<Staging> staging = open(out, protectedDirs, diagnostics);
    if (staging.isEmpty()) {
      return false;
    }
    pages.forEach(staging.get()::accept);
    return staging.get().commit(diagnostics);
  }

  /**
   * A fresh staging folder beside {@code out} for pages to be written into as they are made;
   * empty after reporting why the output folder cannot be replaced.
   */
  public static Optional<Staging> open(Path out, List<Path> protectedDirs, Diagnostics diagnostics) {
    Path target = out.toAbsolutePath().normalize();
    String shown = DisplayPaths.of(target);
    if (!safeTarget(target, protectedDirs, shown, diagnostics)) {
      return Optional.empty();
    }
    Path parent = target.getParent();
    Path staging = parent.resolve("." + target.getFileName() + ".new-" + ProcessHandle.current().pid());
    try {
      Files.createDirectories(parent);
      recoverFromKilledBuilds(target);
      deleteIfExists(staging);
      Files.createDirectories(staging);
      return Optional.of(new Staging(target, staging, shown, PageIndex.read(PageIndex.of(target))));
    } catch (IOException e) {
      diagnostics.error(shown, 0, "cannot write the site: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * A site being written: pages go into the staging folder (from any thread), and {@link #commit}
   * puts the folder in the output's place, or {@link #abandon} deletes it and leaves the output
   * as it was. The first write that fails is remembered and reported by {@code commit}.
   */
  public static final class Staging implements PageSink {
    private final Path target;
    private final Path staging;
    private final String shown;
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    private final Map<Path, Path> folders = new ConcurrentHashMap<>();
    /** Pages whose previous copy has the same bytes, by path in the site: left where they are. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    /** Pages written into the staging folder, by path in the site. */
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    /** What the previous build left in each file of the site, as far as the files are still so. */
    private final PageIndex previousIndex;
    /** What this build leaves in each file of the site, by path: the next build's index, once committed. */
    private final Map<String, PageIndex.Entry> index = new ConcurrentHashMap<>();
    /** Pages whose previous copy was read back to be compared, the index not vouching for it. */
    private final AtomicInteger compared = new AtomicInteger();
    /** Whether each folder of the previous site that holds a page is a folder, not a link to one. */
    private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();
    /** {@link #OPEN}, then {@link #DONE} (committed or abandoned) or {@link #STOPPED} (the JVM is ending). */
    private final AtomicInteger state = new AtomicInteger(OPEN);
    private final Thread tidy = new Thread(this::stopped, "gloss-tidy-staging");
    private static final int OPEN = 0;
    private static final int DONE = 1;
    private static final int STOPPED = 2;

    private Staging(Path target, Path staging, String shown, PageIndex previousIndex) {
      this.target = target;
      this.staging = staging;
      this.shown = shown;
      this.previousIndex = previousIndex;
      // Ctrl-C, kill, or the command that started this JVM ending: the staging folder goes too
      // (only kill -9 leaves one, for the next build to delete)
      Runtime.getRuntime().addShutdownHook(tidy);
    }

    /** When the JVM ends before commit or abandon: takes no more pages and deletes the folder. */
    private void stopped() {
      if (!state.compareAndSet(OPEN, STOPPED)) {
        synchronized (this) { // being committed or abandoned: the JVM ends once that is done
          return;
        }
      }
      for (int attempt = 0; attempt < 3; attempt++) { // a page being written as this runs may land late
        try {
          deleteIfExists(staging);
          return;
        } catch (IOException e) {
          Thread.onSpinWait();
        }
      }
    }

    /** Whether this staging may still be committed or abandoned: false once the JVM is ending. */
    private boolean finish() {
      if (!state.compareAndSet(OPEN, DONE)) {
        return false;
      }
      try {
        Runtime.getRuntime().removeShutdownHook(tidy);
      } catch (IllegalStateException e) {
        // the JVM is already ending: the hook finds the state DONE and leaves the folder to us
      }
      return true;
    }

    @Override
    public void accept(Page page) {
      if (failure.get() != null || state.get() != OPEN) {
        return;
      }
      Path file = staging.resolve(page.path()).normalize();
      if (!file.startsWith(staging)) {
        throw new IllegalStateException("page path leaves the site: " + page.path());
      }
      try {
        String path = staging.relativize(file).toString();
        long checksum = PageIndex.checksum(page.bytes());
        BasicFileAttributes previous = sameAsPrevious(page, path, checksum);
        if (previous != null) {
          kept.add(path);
          index.put(path, PageIndex.entry(previous, checksum));
          return;
        }
        folder(file.getParent());
        Files.write(file, page.bytes());
        written.add(path);
        // moved into the site as it is, by a rename, which keeps its time and inode
        index.put(path, PageIndex.entry(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), checksum));
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }

    /**
     * Makes {@code folder} in the staging folder, once: {@code Files.createDirectories} learns that
     * a folder exists from an exception, whose stack trace, at every page, was a twentieth of what a
     * build allocated; another thread with a page for the same folder waits until it is made.
     */
    private void folder(Path folder) throws IOException {
      try {
        folders.computeIfAbsent(folder, f -> {
          try {
            return Files.createDirectories(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private static final ThreadLocal<byte[]> PIECES = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    /**
     * The attributes of the previous site's copy of {@code page} (whose checksum is {@code
     * checksum}) when it is a regular file with the very same bytes, in folders that are folders
     * (not links to folders elsewhere), as most pages are on a rebuild; else null. Such a page is
     * left where it is, which costs the disk nothing (writing and deleting 42,000 files took a
     * build of 10,000 readings some 25 s of system time on this machine's disk, and linking them
     * into a new folder and unlinking the old one, a second). The bytes are read back and compared
     * only where the previous build's index cannot say what the file holds. The previous site is
     * only read, so it stays whole if this build fails.
     */
    private BasicFileAttributes sameAsPrevious(Page page, String path, long checksum) {
      Path previous = target.resolve(path);
      try {
        if (!realFolder(previous.getParent())) {
          return null;
        }
        BasicFileAttributes attributes = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() != page.bytes().length) {
          return null;
        }
        Boolean holds = previousIndex.holds(path, attributes, checksum);
        if (holds != null) {
          return holds ? attributes : null;
        }
        compared.incrementAndGet();
        return sameBytes(previous, page.bytes()) ? attributes : null;
      } catch (IOException | SecurityException e) {
        return null;
      }
    }

    /** How many pages so far had their previous copy read back to be compared. */
    int compared() {
      return compared.get();
    }

    /** Whether {@code folder}, in the previous site, and each folder above it in the site is a real folder. */
    private boolean realFolder(Path folder) {
      if (folder.equals(target)) {
        return true;
      }
      Boolean real = realFolders.get(folder);
      if (real == null) {
        real = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && realFolder(folder.getParent());
        realFolders.put(folder, real);
      }
      return real;
    }

    /** Whether {@code file} holds {@code bytes}, read a piece at a time (not a new array for each page). */
    private static boolean sameBytes(Path file, byte[] bytes) throws IOException {
      byte[] piece = PIECES.get();
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        int at = 0;
        for (int n = in.read(piece); n >= 0; n = in.read(piece)) {
          if (at + n > bytes.length || !Arrays.equals(piece, 0, n, bytes, at, at + n)) {
            return false;
          }
          at += n;
        }
        return at == bytes.length;
      }
    }

    /** Replaces the output folder with what was written; false after reporting a problem. */
    public boolean commit(Diagnostics diagnostics) {
      return commit(diagnostics, InPlace.Step.NONE);
    }

    /** As {@link #commit(Diagnostics)}, doing {@code step} before each move of an in-place commit. */
    synchronized boolean commit(Diagnostics diagnostics, InPlace.Step step) {
      if (!finish()) {
        diagnostics.error(shown, 0, "the build was stopped; the site was left as it was");
        return false;
      }
      if (failure.get() != null) {
        diagnostics.error(shown, 0, "cannot write the site: " + failure.get().getMessage());
        deleteStaging(diagnostics);
        return false;
      }
      try {
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          InPlace.Plan plan = InPlace.plan(target, kept, written);
          if (plan.moves() <= kept.size()) {
            return inPlace(plan, step, diagnostics) && indexed();
          }
        }
      } catch (IOException e) {
        diagnostics.error(shown, 0, "cannot write the site: " + e.getMessage());
        deleteStaging(diagnostics);
        return false;
      }
      return swap(diagnostics) && indexed();
    }

    /**
     * Writes the index of the site just committed, for the next build; true, as the site is. The
     * index only saves that build work, so one that cannot be written is let be: the previous one
     * still vouches only for files as they were, and the next build compares the rest byte for byte.
     */
    private boolean indexed() {
      try {
        PageIndex.write(PageIndex.of(target), index);
      } catch (IOException | RuntimeException e) {
        // see above
      }
      return true;
    }

    private boolean inPlace(InPlace.Plan plan, InPlace.Step step, Diagnostics diagnostics) {
      Path journal = sibling(".commit-");
      Path old = sibling(".old-");
      try {
        InPlace.apply(target, staging, old, journal, plan, step);
      } catch (IOException e) {
        diagnostics.error(shown, 0, "cannot write the site: " + e.getMessage());
        try {
          if (Files.exists(journal)) {
            InPlace.rollBack(target, staging, old, journal);
          }
        } catch (IOException again) {
          diagnostics.error(shown, 0, "cannot put the previous site back (" + again.getMessage()
              + "); the next build puts it back from " + DisplayPaths.of(journal));
          return false;
        }
        deleteStaging(diagnostics);
        delete(old, diagnostics);
        return false;
      }
      delete(old, diagnostics);
      delete(staging, diagnostics); // empty folders by now
      return true;
    }

    /**
     * Links the unchanged pages into the staging folder (copies them where the file system cannot
     * link), moves the old site aside, the staging folder into its place, and deletes the old one.
     */
    private boolean swap(Diagnostics diagnostics) {
      Path old = sibling(".old-");
      try {
        for (String path : kept) {
          Path file = staging.resolve(path);
          folder(file.getParent());
          try {
            Files.createLink(file, target.resolve(path));
          } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target.resolve(path), file, LinkOption.NOFOLLOW_LINKS);
          }
        }
        if (Files.exists(target)) {
          move(target, old);
        }
        move(staging, target);
      } catch (IOException e) {
        diagnostics.error(shown, 0, "cannot write the site: " + e.getMessage());
        try {
          deleteIfExists(staging);
          if (!Files.exists(target) && Files.exists(old)) {
            move(old, target);
          }
        } catch (IOException ignored) {
          diagnostics.error(shown, 0, "the previous site is kept in " + DisplayPaths.of(old));
        }
        return false;
      }
      delete(old, diagnostics);
      return true;
    }

    /** {@code .site.KIND-PID} beside the site. */
    private Path sibling(String kind) {
      return target.getParent().resolve("." + target.getFileName() + kind + ProcessHandle.current().pid());
    }

    private void deleteStaging(Diagnostics diagnostics) {
      delete(staging, diagnostics);
    }

    /** Deletes a folder the site no longer needs; a warning if it will not go (the next build tries again). */
    private void delete(Path folder, Diagnostics diagnostics) {
      try {
        deleteIfExists(folder);
      } catch (IOException e) {
        diagnostics.warn(shown, 0, "cannot delete " + DisplayPaths.of(folder) + ": " + e.getMessage());
      }
    }

    /** Deletes what was written and leaves the output folder as it was. */
    public synchronized void abandon(Diagnostics diagnostics) {
      if (!finish()) {
        return; // the hook deletes it
      }
      try {
        deleteIfExists(staging);
      } catch (IOException e) {
        diagnostics.warn(shown, 0, "cannot delete the unfinished site in " + DisplayPaths.of(staging) + ": " + e.getMessage());
      }
    }
  }

  /**
   * Tidies up after builds that were killed part way ({@code kill -9}, a power cut): their staging
   * folders {@code .site.new-PID} are deleted, and if one was killed between moving the old site
   * aside and moving the new one in, the old site {@code .site.old-PID} is put back first. Folders
   * of builds that are still running are left alone.
   */
  static void recoverFromKilledBuilds(Path target) throws IOException {
    Path parent = target.getParent();
    String newPrefix = "." + target.getFileName() + ".new-";
    String oldPrefix = "." + target.getFileName() + ".old-";
    String commitPrefix = "." + target.getFileName() + ".commit-";
    List<Path> siblings;
    try (Stream<Path> list = Files.list(parent)) {
      siblings = list.sorted().toList();
    }
    // first, commits in place that were stopped part way: their journals put the previous site back
    for (Path journal : siblings) {
      String name = journal.getFileName().toString();
      if (!name.startsWith(commitPrefix) || !Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      String pid = name.substring(commitPrefix.length());
      boolean unfinished = pid.endsWith(".tmp"); // the journal was being written: nothing had moved
      pid = unfinished ? pid.substring(0, pid.length() - ".tmp".length()) : pid;
      if (running(pid)) {
        continue;
      }
      if (unfinished) {
        Files.delete(journal);
      } else {
        InPlace.rollBack(target, parent.resolve(newPrefix + pid), parent.resolve(oldPrefix + pid), journal);
      }
    }
    String indexPrefix = PageIndex.of(target).getFileName() + ".new-";
    for (Path dir : siblings) {
      String name = dir.getFileName().toString();
      if (name.startsWith(indexPrefix) && !running(name.substring(indexPrefix.length()))) {
        Files.deleteIfExists(dir); // an index being written when its build was killed
        continue;
      }
      String pid = name.startsWith(newPrefix) ? name.substring(newPrefix.length())
          : name.startsWith(oldPrefix) ? name.substring(oldPrefix.length()) : null;
      if (pid == null || running(pid) || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      if (name.startsWith(oldPrefix) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(dir, target); // killed between moving the old site aside and the new one in
      } else {
        deleteIfExists(dir);
      }
    }
  }

  private static boolean running(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id == ProcessHandle.current().pid() || ProcessHandle.of(id).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true;
    }
  }

  private static boolean safeTarget(Path target, List<Path> protectedDirs, String shown, Diagnostics diagnostics) {
    if (target.getParent() == null) {
      diagnostics.error(shown, 0, "refusing to write a site over the root folder");
      return false;
    }
    for (Path dir : protectedDirs) {
      Path p = dir.toAbsolutePath().normalize();
      if (p.startsWith(target)) {
        diagnostics.error(shown, 0, "refusing to write the site over " + DisplayPaths.of(p));
        return false;
      }
      if (target.startsWith(p)) { // the next build would read the site as content, or copy it into itself
        diagnostics.error(shown, 0, "refusing to write the site inside " + DisplayPaths.of(p) + ", which the build reads");
        return false;
      }
    }
    if (Files.isSymbolicLink(target) || (Files.exists(target) && !Files.isDirectory(target))) {
      diagnostics.error(shown, 0, "the output must be a folder");
      return false;
    }
    try {
      if (Files.isDirectory(target) && !Files.exists(target.resolve(MARKER)) && !PathUtils.isEmptyDirectory(target)) {
        diagnostics.error(shown, 0, "refusing to replace a folder that Gloss did not write (no " + MARKER + " file)");
        return false;
      }
    } catch (IOException e) {
      diagnostics.error(shown, 0, "cannot read the output folder: " + e.getMessage());
      return false;
    }
    return true;
  }

  private static void move(Path from, Path to) throws IOException {
    InPlace.move(from, to);
  }

  /** Threads that delete files: deleting is bound by the file system's journal, not by the cores. */
  private static final int DELETERS = 4;

  /**
   * Deletes a folder Gloss wrote (a site, or a staging folder) and everything in it, never following
   * a symbolic link out of it. Each entry is first simply removed ({@link File#delete}: a single
   * {@code unlink} for a file or a link), and only what will not go, a folder, is looked at, listed
   * and emptied; {@code Files.walkFileTree} and {@code Files.delete} read each file's attributes
   * first, three system calls a file where one does (a 10,000-reading site has 42,000 files). The
   * entries of a folder go by several threads at once (a third faster than one on this machine's
   * disk for a site of 6,000 files).
   */
  private static void deleteIfExists(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      ForkJoinPool pool = new ForkJoinPool(DELETERS);
      try {
        pool.submit(() -> {
          empty(dir.toFile());
          return null;
        }).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while deleting " + dir, e);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      } finally {
        pool.shutdown();
      }
    }
    Files.delete(dir);
  }

  /** Deletes everything in {@code folder}, a folder and not a link to one. */
  private static void empty(File folder) throws IOException {
    String[] names = folder.list();
    if (names == null) {
      throw new IOException("cannot list " + folder);
    }
    List<File> left = Arrays.stream(names).parallel()
        .map(name -> new File(folder, name))
        .filter(entry -> !entry.delete())
        .toList();
    for (File entry : left) {
      Path path = entry.toPath();
      if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
        empty(entry);
        Files.delete(path);
      } else {
        Files.deleteIfExists(path); // gone meanwhile, or fails with the reason
      }
    }
  }
}
