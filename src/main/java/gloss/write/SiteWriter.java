package gloss.write;

import gloss.diag.Diagnostics;
import gloss.load.DisplayPaths;
import gloss.render.Page;
import gloss.render.PageSink;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Stage 7, write: pages to the output folder, all or nothing.
 *
 * <p>Pages go to a fresh temporary folder beside the output; only when every page is written is
 * the old site moved aside and the new one moved into its place, then the old one deleted. A build
 * that fails or is killed part way leaves the previous site whole. A page whose bytes are those of
 * the previous site's copy is a hard link to that copy rather than written again (see {@link
 * Staging#accept}). Refuses an output folder that
 * is a file, that holds the content or templates, or that exists without Gloss's marker file (so
 * {@code --out ~/Documents} cannot wipe a folder that Gloss did not make).
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
      return Optional.of(new Staging(target, staging, shown));
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
    /** {@link #OPEN}, then {@link #DONE} (committed or abandoned) or {@link #STOPPED} (the JVM is ending). */
    private final AtomicInteger state = new AtomicInteger(OPEN);
    private final Thread tidy = new Thread(this::stopped, "gloss-tidy-staging");
    private static final int OPEN = 0;
    private static final int DONE = 1;
    private static final int STOPPED = 2;

    private Staging(Path target, Path staging, String shown) {
      this.target = target;
      this.staging = staging;
      this.shown = shown;
      // Ctrl-C, kill, or the command that started this JVM ending: the staging folder goes too
      // (only kill -9 leaves one, for the next build to delete)
      Runtime.getRuntime().addShutdownHook(tidy);
    }

    /** When the JVM ends before commit or abandon: takes no more pages and deletes the folder. */
    private void stopped() {
      if (!state.compareAndSet(OPEN, STOPPED)) {
        return; // being committed or abandoned: that finishes first or recovery handles it
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
        // once a folder: Files.createDirectories learns that a folder exists from an exception,
        // whose stack trace, at every page, was a twentieth of what a build allocated; another
        // thread with a page for the same folder waits until it is made
        try {
          folders.computeIfAbsent(file.getParent(), folder -> {
            try {
              return Files.createDirectories(folder);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
        if (!linkedToPrevious(page, file)) {
          Files.write(file, page.bytes());
        }
      } catch (IOException e) {
        failure.compareAndSet(null, e);
      }
    }

    /**
     * Makes {@code file} a hard link to the previous site's copy of {@code page} when that copy is
     * a regular file with the very same bytes, as most pages are on a rebuild: a link costs the
     * disk no data to write, and deleting the previous site then frees nothing (on this machine's
     * disk, writing and deleting 42,000 files took a build of 10,000 readings some 25 s of system
     * time). The previous site is only read, so it stays whole if this build fails. False, and the
     * page is written, when there is no such copy or the file system cannot link.
     */
    private static final ThreadLocal<byte[]> PIECES = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private boolean linkedToPrevious(Page page, Path file) {
      Path previous = target.resolve(page.path()).normalize();
      if (!previous.startsWith(target)) {
        return false;
      }
      try {
        BasicFileAttributes attributes = Files.readAttributes(previous, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!attributes.isRegularFile() || attributes.size() != page.bytes().length || !sameBytes(previous, page.bytes())) {
          return false;
        }
        Files.createLink(file, previous);
        return true;
      } catch (IOException | UnsupportedOperationException | SecurityException e) {
        return false;
      }
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
      Path old = target.getParent().resolve("." + target.getFileName() + ".old-" + ProcessHandle.current().pid());
      if (!finish()) {
        diagnostics.error(shown, 0, "the build was stopped; the site was left as it was");
        return false;
      }
      try {
        if (failure.get() != null) {
          throw failure.get();
        }
        if (Files.exists(target)) {
          move(target, old);
        }
        move(staging, target);
        deleteIfExists(old);
        return true;
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
    }

    /** Deletes what was written and leaves the output folder as it was. */
    public void abandon(Diagnostics diagnostics) {
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
    List<Path> stale;
    try (Stream<Path> siblings = Files.list(parent)) {
      stale = siblings.filter(p -> {
        String name = p.getFileName().toString();
        String pid = name.startsWith(newPrefix) ? name.substring(newPrefix.length())
            : name.startsWith(oldPrefix) ? name.substring(oldPrefix.length()) : null;
        return pid != null && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !running(pid);
      }).sorted().toList();
    }
    for (Path dir : stale) {
      if (dir.getFileName().toString().startsWith(oldPrefix) && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        move(dir, target);
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
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
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
