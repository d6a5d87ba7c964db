package gloss.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders and everything under them (folders created later included) and calls back once
 * the changes settle: an editor's save is often several events, a copied folder many, so the
 * callback waits until {@value #QUIET_MILLIS} ms pass without a new one.
 */
final class ContentWatcher implements AutoCloseable {
  static final long QUIET_MILLIS = 150;
  private final WatchService service;
  private final Thread thread;

  ContentWatcher(List<Path> roots, Runnable onChange) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        registerTree(root);
      }
    }
    this.thread = new Thread(() -> loop(onChange), "gloss-watch");
    this.thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  private void loop(Runnable onChange) {
    try {
      while (true) {
        drain(service.take());
        WatchKey next;
        while ((next = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          drain(next);
        }
        onChange.run();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the server is stopping
    }
  }

  private void drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path created = dir.resolve((Path) event.context());
        if (Files.isDirectory(created)) {
          try {
            registerTree(created);
          } catch (IOException | ClosedWatchServiceException e) {
            // it went away again, or we are closing; the next build reports what is missing
          }
        }
      }
    }
    key.reset();
  }

  private void registerTree(Path root) throws IOException {
    try (Stream<Path> dirs = Files.walk(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
            StandardWatchEventKinds.ENTRY_MODIFY);
      }
    }
  }

  @Override
  public void close() throws IOException {
    service.close();
    thread.interrupt();
  }
}
