package gloss.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * HTML made from one reading or note alone (its body through Flexmark and Jsoup, its packet copy,
 * its reading grade), kept from one build to the next so that a preview server's rebuild redoes
 * only what changed. Keys are the inputs themselves, compared by value, so a stale entry can never
 * be used; what the last build did not ask for is dropped when the next one ends.
 */
public final class RenderCache {
  private volatile Map<Object, Object> previous = Map.of();
  private volatile Map<Object, Object> current = new ConcurrentHashMap<>();
  private final boolean keep;

  /** A cache that keeps what each build made, for the next one. */
  public RenderCache() {
    this(true);
  }

  private RenderCache(boolean keep) {
    this.keep = keep;
  }

  /** A cache that keeps nothing, for a one-off build, which has no next build to save work for. */
  public static RenderCache none() {
    return new RenderCache(false);
  }

  /** The value for {@code key}: from this build or the previous one, or made now. */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> make) {
    if (!keep) {
      return make.get();
    }
    return (T) current.computeIfAbsent(key, k -> {
      Object kept = previous.get(k);
      return kept != null ? kept : make.get();
    });
  }

  /** Called when a build's rendering ends: keeps what it used, drops the rest. */
  void endBuild() {
    if (keep) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }
}
