package gloss.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import gloss.diag.Diagnostics;
import gloss.load.TemplateSet;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.io.output.StringBuilderWriter;

/**
 * The Mustache templates, compiled once from memory (the templates folder is read by {@code
 * load}). Partials ({@code {{> head}}}) resolve to other templates of the set.
 *
 * <p>Reports a template that is missing, that does not compile, or that uses a key its view lacks,
 * naming the template's line and the page being rendered.
 */
final class Templates {
  private static final String EXTENSION = ".mustache";
  private final TemplateSet set;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new HashMap<>();
  private final RenderCache cache;
  /** The length of the last page each template made: a first guess at the next one's. */
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
  /** The bytes of each template's last page, as {@link #sizes} its characters. */
  private final Map<String, Integer> pageSizes = new ConcurrentHashMap<>();
  /** Stands for the text of every template, so that a cached page is never one of other templates. */
  private final String fingerprint;

  Templates(TemplateSet set) {
    this(set, RenderCache.none());
  }

  Templates(TemplateSet set, RenderCache cache) {
    this.set = set;
    this.cache = cache;
    this.fingerprint = fingerprint(set);
    this.factory =
        new DefaultMustacheFactory(
            resource -> {
              String name = resource.endsWith(EXTENSION)
                  ? resource.substring(0, resource.length() - EXTENSION.length()) : resource;
              TemplateSet.Template template = set.templates().get(name);
              return template == null ? null : new StringReader(template.text());
            });
    this.factory.setObjectHandler(new StrictObjectHandler());
  }

  /** Stands for the text of every template: changes when any template does. */
  String fingerprint() {
    return fingerprint;
  }

  /** Compiles every template, reporting those that fail. Call once, before rendering in parallel. */
  void compileAll(Iterable<String> required, Diagnostics diagnostics) {
    for (String name : required) {
      if (!set.templates().containsKey(name)) {
        diagnostics.error("templates/" + name + EXTENSION, 0, "template not found");
      }
    }
    for (TemplateSet.Template template : set.templates().values()) {
      try {
        compiled.put(template.name(), factory.compile(template.name() + EXTENSION));
      } catch (MustacheException e) {
        int line = e.getContext() == null ? 0 : e.getContext().line();
        diagnostics.error(template.path(), line, "template does not compile: " + message(e));
      }
    }
  }

  /** Renders {@code name} with {@code view}, or reports why not and returns empty. */
  Optional<String> render(String name, Object view, String renderingWhat, Diagnostics diagnostics) {
    return execute(name, view, renderingWhat, diagnostics);
  }

  /**
   * A page: {@code name} rendered with {@code view}, as UTF-8 bytes, or empty after reporting why
   * not. A page whose templates and view (records, compared by value) are those of the previous
   * build is not rendered again, and only its bytes are kept between builds, not its text; a page
   * that failed is never kept, so its errors are reported every time.
   */
  Optional<byte[]> page(String name, Object view, String renderingWhat, Diagnostics diagnostics) {
    return Optional.ofNullable(cache.get(List.of("page", fingerprint, name, view), () -> {
      // written as UTF-8 as it is made, sized from the last page of the same template
      Utf8Writer out = new Utf8Writer(pageSizes.getOrDefault(name, 1024) + 1024);
      if (!execute(name, view, out, renderingWhat, diagnostics)) {
        return null;
      }
      pageSizes.put(name, out.size());
      return out.toByteArray();
    }));
  }

  private static String fingerprint(TemplateSet set) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (TemplateSet.Template template : new TreeMap<>(set.templates()).values()) {
        digest.update((template.name() + "\u0000" + template.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private Optional<String> execute(String name, Object view, String renderingWhat, Diagnostics diagnostics) {
    // unsynchronised, unlike StringWriter, whose every small write takes a lock; sized from the
    // last page of the same template, so that a large page is not copied as it grows
    StringBuilderWriter out = new StringBuilderWriter(sizes.getOrDefault(name, 1024) + 1024);
    if (!execute(name, view, out, renderingWhat, diagnostics)) {
      return Optional.empty();
    }
    sizes.put(name, out.getBuilder().length());
    return Optional.of(out.toString());
  }

  /** Renders {@code name} with {@code view} to {@code out}; false, after reporting why, when it fails. */
  private boolean execute(String name, Object view, Writer out, String renderingWhat, Diagnostics diagnostics) {
    Mustache mustache = compiled.get(name);
    if (mustache == null) {
      return false;
    }
    try {
      mustache.execute(out, view);
      return true;
    } catch (MustacheException e) {
      String file = e.getContext() == null ? name + EXTENSION : e.getContext().file();
      int line = e.getContext() == null ? 0 : e.getContext().line();
      TemplateSet.Template template = set.templates().get(file.replace(EXTENSION, ""));
      String path = template == null ? "templates/" + file : template.path();
      diagnostics.error(path, line, message(e) + " (while rendering " + renderingWhat + ")");
      return false;
    }
  }

  private static String message(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StrictObjectHandler.UnknownKeyException unknown) {
        return "unknown key \"" + unknown.key() + "\"";
      }
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int at = message.indexOf(" @[");
    return at > 0 ? message.substring(0, at) : message;
  }
}
