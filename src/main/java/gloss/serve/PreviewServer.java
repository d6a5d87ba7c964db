package gloss.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The HTTP side of the preview: serves the current {@link Snapshot} on 127.0.0.1, with the
 * live-reload script in HTML responses, the script itself and the build status. Read-only: GET and
 * HEAD only, and paths are looked up among the site's files, never on disk.
 */
final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("md", "text/markdown; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
      Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

  private final HttpServer server;
  private final ExecutorService executor;
  private final Supplier<Snapshot> snapshot;
  private final byte[] script = LiveReload.script();

  PreviewServer(int port, Supplier<Snapshot> snapshot) throws IOException {
    this.snapshot = snapshot;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    this.executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "gloss-http");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = exchange.getRequestURI().getPath();
      Snapshot current = snapshot.get();
      if (path.equals(LiveReload.SCRIPT_PATH)) {
        send(exchange, 200, TYPES.get("js"), script);
      } else if (path.equals(LiveReload.STATUS_PATH)) {
        send(exchange, 200, TYPES.get("json"), status(current));
      } else if (current.build() == 0) {
        send(exchange, 503, TYPES.get("html"), LiveReload.inject(ErrorPage.of(current.errors()), 0));
      } else {
        page(exchange, path, current);
      }
    }
  }

  private void page(HttpExchange exchange, String path, Snapshot current) throws IOException {
    String file = path.startsWith("/") ? path.substring(1) : path;
    if (file.isEmpty() || file.endsWith("/")) {
      file = file + "index.html";
    }
    byte[] bytes = current.files().get(file);
    int code = 200;
    if (bytes == null && current.files().containsKey(file + "/index.html")) {
      exchange.getResponseHeaders().set("Location", URI.create(path + "/").toString());
      send(exchange, 301, TYPES.get("txt"), new byte[0]);
      return;
    }
    if (bytes == null) {
      code = 404;
      file = "404.html";
      bytes = current.files().getOrDefault(file, "not found\n".getBytes(StandardCharsets.UTF_8));
    }
    String type = type(file);
    if (type.startsWith("text/html")) {
      bytes = LiveReload.inject(bytes, current.build());
    }
    send(exchange, code, type, bytes);
  }

  private static String type(String file) {
    int dot = file.lastIndexOf('.');
    String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static byte[] status(Snapshot snapshot) {
    StringBuilder json = new StringBuilder("{\"build\":").append(snapshot.build()).append(",\"errors\":[");
    for (int i = 0; i < snapshot.errors().size(); i++) {
      json.append(i == 0 ? "" : ",").append(jsonString(snapshot.errors().get(i)));
    }
    return json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String jsonString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }

  private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
    if (!head && body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
