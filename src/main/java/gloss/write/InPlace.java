package gloss.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Replacing a site in place, for a rebuild in which few pages changed: only the pages that
 * changed move, and the thousands that did not are left where they are.
 *
 * <p>Moving a whole new folder into the site's place needs every unchanged page linked into it
 * first, and every name of the old folder unlinked after: for a site of 42,000 files, a second of
 * the machine's time when nothing changed. In place, a commit moves the previous copy of each
 * changed page, and each entry of the previous site that the new one does not have, aside into
 * {@code .site.old-PID}; makes the folders new pages need; moves the new pages in from the staging
 * folder; and deletes what it moved aside.
 *
 * <p>Before it moves anything it writes what it is about to do to a journal, {@code
 * .site.commit-PID} beside the site (written under another name and renamed, so that it is
 * whole or absent). A commit that fails is rolled back from the journal at once; one that is
 * killed part way is rolled back by the next build ({@link SiteWriter#recoverFromKilledBuilds}),
 * which puts back the previous site as it was. Rolling back is idempotent: killed while rolling
 * back, the next build finishes it. The journal goes only when the new site is whole.
 */
final class InPlace {
  private static final String HEADER = "gloss in-place commit 1";

  private InPlace() {}

  /**
   * What replacing a site in place does, worked out before anything moves. Paths are relative to
   * the site, with {@code /} between names.
   *
   * @param changed pages written anew over an entry the previous site has at their path
   * @param added pages written anew where the previous site has nothing
   * @param gone entries of the previous site the new one does not have (a folder as one entry)
   * @param folders folders the added pages need that the previous site does not have, parents first
   */
  record Plan(List<String> changed, List<String> added, List<String> gone, List<String> folders) {
    /** How many entries the commit moves. */
    int moves() {
      return 2 * changed.size() + added.size() + gone.size();
    }
  }

  /** Something done before each move of a commit; tests stop a commit there as a kill would. */
  @FunctionalInterface
  interface Step {
    void next() throws IOException;

    Step NONE = () -> { };
  }

  /**
   * The plan for replacing the site at {@code target} by one with the pages {@code kept} (there
   * already, with the same bytes) and {@code written} (in the staging folder). Reads only folder
   * listings, and the attributes of the folders the new site needs and of the written pages.
   */
  static Plan plan(Path target, Set<String> kept, Set<String> written) throws IOException {
    Set<String> needed = new HashSet<>();
    for (String page : kept) {
      ancestors(page, needed);
    }
    for (String page : written) {
      ancestors(page, needed);
    }
    Set<String> existing = new HashSet<>();
    List<String> gone = new ArrayList<>();
    walk(target, "", kept, written, needed, existing, gone);
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    for (String page : sorted(written)) {
      String parent = parent(page);
      boolean there = (parent.isEmpty() || existing.contains(parent))
          && Files.exists(target.resolve(page), LinkOption.NOFOLLOW_LINKS);
      (there ? changed : added).add(page);
    }
    List<String> folders = new ArrayList<>();
    for (String folder : needed) {
      if (!existing.contains(folder)) {
        folders.add(folder);
      }
    }
    folders.sort(Comparator.comparingInt((String f) -> depth(f)).thenComparing(f -> f));
    return new Plan(List.copyOf(changed), List.copyOf(added), sorted(gone), List.copyOf(folders));
  }

  /**
   * Lists {@code folder} of the site: a page of the new site is passed over, a folder the new site
   * needs is walked into (if it is a folder, not a link to one), and anything else is gone.
   */
  private static void walk(Path target, String folder, Set<String> kept, Set<String> written,
      Set<String> needed, Set<String> existing, List<String> gone) throws IOException {
    Path dir = folder.isEmpty() ? target : target.resolve(folder);
    String[] names = dir.toFile().list();
    if (names == null) {
      throw new IOException("cannot list " + dir);
    }
    for (String name : names) {
      String path = folder.isEmpty() ? name : folder + "/" + name;
      if (kept.contains(path) || written.contains(path)) {
        continue;
      }
      if (needed.contains(path) && Files.isDirectory(target.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
        existing.add(path);
        walk(target, path, kept, written, needed, existing, gone);
      } else {
        gone.add(path);
      }
    }
  }

  /**
   * Carries out {@code plan}: the journal, then the moves, then the journal deleted. Moves entries
   * aside into {@code old}, which must not exist. Throws, leaving the journal, on the first move
   * that fails: the caller rolls back.
   */
  static void apply(Path target, Path staging, Path old, Path journal, Plan plan, Step step) throws IOException {
    writeJournal(journal, plan);
    Files.createDirectory(old);
    Set<String> oldFolders = new HashSet<>();
    for (String page : plan.changed()) {
      step.next();
      aside(target, old, page, oldFolders);
    }
    for (String entry : plan.gone()) {
      step.next();
      aside(target, old, entry, oldFolders);
    }
    for (String folder : plan.folders()) {
      step.next();
      Files.createDirectory(target.resolve(folder));
    }
    for (List<String> pages : List.of(plan.changed(), plan.added())) {
      for (String page : pages) {
        step.next();
        move(staging.resolve(page), target.resolve(page));
      }
    }
    step.next();
    Files.delete(journal);
  }

  /** Moves the site's entry at {@code path} to the same place under {@code old}. */
  private static void aside(Path target, Path old, String path, Set<String> oldFolders) throws IOException {
    String parent = parent(path);
    if (!parent.isEmpty() && oldFolders.add(parent)) {
      Files.createDirectories(old.resolve(parent));
    }
    move(target.resolve(path), old.resolve(path));
  }

  /**
   * Puts back the site that the commit recorded in {@code journal} was replacing, from what the
   * commit moved aside into {@code old} and had not yet moved in from {@code staging}; then deletes
   * the journal. Each step can be done twice, so a roll back that was itself stopped can be
   * started again. The folders {@code old} and {@code staging} are left for the caller to delete.
   */
  static void rollBack(Path target, Path staging, Path old, Path journal) throws IOException {
    Plan plan = readJournal(journal);
    for (String page : plan.added()) {
      if (!Files.exists(staging.resolve(page), LinkOption.NOFOLLOW_LINKS)) { // moved in
        Files.deleteIfExists(target.resolve(page));
      }
    }
    for (String page : plan.changed()) {
      Path aside = old.resolve(page);
      if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) { // else never moved, or already back
        Path place = target.resolve(page);
        if (Files.isDirectory(aside, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(place); // a folder does not replace a file by being moved over it
        }
        move(aside, place);
      }
    }
    List<String> folders = new ArrayList<>(plan.folders());
    for (int i = folders.size() - 1; i >= 0; i--) { // deepest first
      try {
        Files.deleteIfExists(target.resolve(folders.get(i)));
      } catch (DirectoryNotEmptyException e) {
        throw new IOException("cannot put back the previous site: " + target.resolve(folders.get(i))
            + " holds files the build did not write", e);
      }
    }
    for (String entry : plan.gone()) {
      Path aside = old.resolve(entry);
      if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS)) {
        move(aside, target.resolve(entry));
      }
    }
    Files.delete(journal);
  }

  private static void writeJournal(Path journal, Plan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    record(out, HEADER);
    records(out, "changed", plan.changed());
    records(out, "added", plan.added());
    records(out, "gone", plan.gone());
    records(out, "folder", plan.folders());
    Path unfinished = journal.resolveSibling(journal.getFileName() + ".tmp");
    Files.write(unfinished, out.toByteArray());
    move(unfinished, journal);
  }

  /** Names are separated by NUL, the one character a file name cannot hold. */
  private static void records(ByteArrayOutputStream out, String kind, Collection<String> paths) {
    for (String path : paths) {
      record(out, kind);
      record(out, path);
    }
  }

  private static void record(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.write(0);
  }

  static Plan readJournal(Path journal) throws IOException {
    String text = Files.readString(journal, StandardCharsets.UTF_8);
    String[] fields = text.split("\0", -1);
    if (fields.length % 2 != 0 || !fields[0].equals(HEADER) || !fields[fields.length - 1].isEmpty()) {
      throw new IOException("not a journal Gloss wrote: " + journal);
    }
    List<String> changed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> gone = new ArrayList<>();
    List<String> folders = new ArrayList<>();
    for (int i = 1; i + 1 < fields.length; i += 2) {
      String path = fields[i + 1];
      if (path.isEmpty() || path.startsWith("/") || List.of(path.split("/", -1)).contains("..")) {
        throw new IOException("not a journal Gloss wrote: " + journal);
      }
      switch (fields[i]) {
        case "changed" -> changed.add(path);
        case "added" -> added.add(path);
        case "gone" -> gone.add(path);
        case "folder" -> folders.add(path);
        default -> throw new IOException("not a journal Gloss wrote: " + journal);
      }
    }
    return new Plan(changed, added, gone, folders);
  }

  private static void ancestors(String page, Set<String> folders) {
    for (int slash = page.lastIndexOf('/'); slash > 0; slash = page.lastIndexOf('/', slash - 1)) {
      if (!folders.add(page.substring(0, slash))) {
        return; // and so are its own ancestors
      }
    }
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private static int depth(String path) {
    return (int) path.chars().filter(c -> c == '/').count();
  }

  private static List<String> sorted(Collection<String> paths) {
    List<String> list = new ArrayList<>(paths);
    list.sort(null);
    return List.copyOf(list);
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }
}
