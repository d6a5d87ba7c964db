package gloss.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.ValueCode;
import gloss.diag.Diagnostics;
import gloss.load.TemplateSet;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  /** Mustache.java's message for a partial that is not in the set. */
  private static final Pattern MISSING_PARTIAL = Pattern.compile("Template (\\S+) not found");
  /** What {@link #escape} writes for each character up to {@code `}; null for the character itself. */
  private static final String[] ESCAPES = new String['`' + 1];

  static {
    for (char c = 0; c <= '\r'; c++) {
      ESCAPES[c] = "&#" + (int) c + ";";
    }
    ESCAPES['&'] = "&amp;";
    ESCAPES['<'] = "&lt;";
    ESCAPES['>'] = "&gt;";
    ESCAPES['"'] = "&quot;";
    ESCAPES['\''] = "&#39;";
    ESCAPES['`'] = "&#96;";
    ESCAPES['='] = "&#61;";
  }
  private final TemplateSet set;
  private final DefaultMustacheFactory factory;
  private final Map<String, Mustache> compiled = new HashMap<>();
  private final RenderCache cache;
  /** The length of the last page each template made: a first guess at the next one's. */
  private final Map<String, Integer> sizes = new ConcurrentHashMap<>();
  /**
   * The bytes of each template's largest page so far: room for the next one without growing (a
   * page's buffer is a spare one of its thread's, so room costs nothing after the first).
   */
  private final Map<String, Integer> pageSizes = new ConcurrentHashMap<>();
  /** Rendering errors until {@link #reportFailures}: each once, however many pages it broke. */
  private final Map<Failure, Broken> failures = new ConcurrentHashMap<>();
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
            }) {
          @Override
          public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
              @Override
              public void value(TemplateContext tc, String variable, boolean encoded) {
                list.add(new HtmlValueCode(tc, df, variable, encoded));
              }
            };
          }

          @Override
          public void encode(String value, Writer writer) {
            try {
              escape(value, writer);
            } catch (IOException e) {
              throw new MustacheException("Failed to encode value: " + value, e);
            }
          }
        };
    this.factory.setObjectHandler(new StrictObjectHandler());
  }

  /**
   * Writes {@code value} escaped as Mustache's {@code HtmlEscaper} does ({@code &}, {@code <},
   * {@code >}, {@code "}, {@code '}, {@code `}, {@code =} and the characters U+0000 to U+000D as
   * references), the same characters, but in runs of the value itself: the library's escaper
   * copies every value into a new array first, a gigabyte in a large build.
   */
  static void escape(String value, Writer writer) throws IOException {
    if (writer instanceof Utf8Writer page) { // a page: escaped as it is encoded
      page.writeEscaped(value, ESCAPES);
      return;
    }
    int run = 0;
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c > '`' || c > '\r' && ESCAPES[c] == null) {
        continue;
      }
      writer.write(value, run, i - run);
      writer.write(ESCAPES[c]);
      run = i + 1;
    }
    writer.write(value, run, value.length() - run);
  }

  /**
   * A value, as Mustache writes it, but for {@link Html} (a reading's body) into a page: its bytes
   * are copied as they are, where a string would be encoded once more.
   */
  private static final class HtmlValueCode extends ValueCode {
    HtmlValueCode(TemplateContext tc, DefaultMustacheFactory df, String variable, boolean encoded) {
      super(tc, df, variable, encoded);
    }

    @Override
    public Writer execute(Writer writer, List<Object> scopes) {
      if (!encoded && writer instanceof Utf8Writer page) {
        Object value = get(scopes);
        if (value instanceof Html html) {
          page.write(html);
          return appendText(run(writer, scopes));
        }
        if (value == null || value instanceof String) {
          try {
            execute(writer, (String) value);
          } catch (IOException e) {
            throw new MustacheException("Failed to write " + name, e, tc);
          }
          return appendText(run(writer, scopes));
        }
      }
      return super.execute(writer, scopes);
    }
  }

  /** Stands for the text of every template: changes when any template does. */
  String fingerprint() {
    return fingerprint;
  }

  /** Compiles every template, reporting those that fail. Call once, before rendering in parallel. */
  void compileAll(Iterable<String> required, Diagnostics diagnostics) {
    for (String name : required) {
      if (set.found() && !set.templates().containsKey(name)) { // no folder at all is one error, already made
        diagnostics.error(set.folder() + "/" + name + EXTENSION, 0, "template not found");
      }
    }
    // a broken or missing partial breaks every template that includes it: reported once, where it is (or would be)
    Set<Failure> reported = new HashSet<>();
    Map<String, SortedSet<String>> missing = new TreeMap<>();
    for (TemplateSet.Template template : set.templates().values()) {
      try {
        compiled.put(template.name(), factory.compile(template.name() + EXTENSION));
      } catch (MustacheException e) {
        Matcher partial = MISSING_PARTIAL.matcher(message(e));
        if (partial.matches()) {
          Failure at = failure(e, template.path(), "");
          missing.computeIfAbsent(set.folder() + "/" + partial.group(1), k -> new TreeSet<>())
              .add(at.path() + (at.line() > 0 ? ":" + at.line() : ""));
          continue;
        }
        Failure failure = failure(e, template.path(), "template does not compile: " + message(e));
        if (reported.add(failure)) {
          diagnostics.error(failure.path(), failure.line(), failure.message());
        }
      }
    }
    missing.forEach((path, includers) -> diagnostics.error(path, 0, "template not found (a partial, included by "
        + includers.first() + (includers.size() == 1 ? "" : " and " + (includers.size() - 1)
            + (includers.size() == 2 ? " other template" : " other templates")) + ")"));
  }

  /** A template error: where it is and what it says. */
  private record Failure(String path, int line, String message) {}

  /** The pages a failure broke: how many, and the first by name, so that the message never depends on timing. */
  private record Broken(String first, int count) {
    Broken and(Broken other) {
      return new Broken(first.compareTo(other.first) <= 0 ? first : other.first, count + other.count);
    }
  }

  /** The error's place: the template (or partial) Mustache names when it is one of the set, else {@code path}. */
  private Failure failure(MustacheException e, String path, String message) {
    int line = e.getContext() == null ? 0 : e.getContext().line();
    if (e.getContext() != null && e.getContext().file() != null) {
      TemplateSet.Template template = set.templates().get(e.getContext().file().replace(EXTENSION, ""));
      if (template != null) {
        return new Failure(template.path(), line, message);
      }
    }
    return new Failure(path, line, message);
  }

  /**
   * Reports the rendering errors since the last call, each once: "(while rendering X)", or "(while
   * rendering X and N other pages)" when one error in a template broke many pages.
   */
  void reportFailures(Diagnostics diagnostics) {
    List<Failure> order = new ArrayList<>(failures.keySet());
    order.sort(Comparator.comparing(Failure::path).thenComparingInt(Failure::line).thenComparing(Failure::message));
    for (Failure failure : order) {
      Broken broken = failures.remove(failure);
      int others = broken.count() - 1;
      diagnostics.error(failure.path(), failure.line(), failure.message() + " (while rendering " + broken.first()
          + (others == 0 ? "" : " and " + others + (others == 1 ? " other page" : " other pages")) + ")");
    }
  }

  /** Renders {@code name} with {@code view}, or reports why not and returns empty. */
  Optional<String> render(String name, Object view, String renderingWhat, Diagnostics diagnostics) {
    Optional<String> text = execute(name, view, renderingWhat, diagnostics);
    reportFailures(diagnostics);
    return text;
  }

  /**
   * A page: {@code name} rendered with {@code view}, as UTF-8 bytes, or empty after reporting why
   * not. A page whose templates and view (records, compared by value) are those of the previous
   * build is not rendered again, and only its bytes are kept between builds, not its text; a page
   * that failed is never kept, so its errors are reported every time.
   */
  Optional<byte[]> page(String name, Object view, String renderingWhat, Diagnostics diagnostics) {
    return Optional.ofNullable(cache.get(List.of("page", fingerprint, name, view), () -> {
      // written as UTF-8 as it is made, sized from the largest page of the same template
      Utf8Writer out = new Utf8Writer(pageSizes.getOrDefault(name, 1024) + 1024);
      if (!execute(name, view, out, renderingWhat, diagnostics)) {
        return null;
      }
      pageSizes.merge(name, out.size(), Math::max);
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
      TemplateSet.Template template = set.templates().get(name);
      String path = template == null ? set.folder() + "/" + name + EXTENSION : template.path();
      failures.merge(failure(e, path, message(e)), new Broken(renderingWhat, 1), Broken::and);
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
