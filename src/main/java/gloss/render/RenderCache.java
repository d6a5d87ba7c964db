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
  /** Name to {value, token}; see {@link #token}. */
  private final Map<String, Object[]> tokens = new ConcurrentHashMap<>();

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

  /** Whether this cache keeps anything; when not, keys are never looked at. */
  boolean keeps() {
    return keep;
  }

  /**
   * The value for {@code key}: from this build or the previous one, or made now; a {@code null}
   * from {@code make} (a page that failed) is never kept. {@code make} may itself use the cache.
   * Two threads asking for the same new key may both make it; values are deterministic, so either
   * will do.
   */
  @SuppressWarnings("unchecked")
  <T> T get(Object key, Supplier<T> make) {
    if (!keep) {
      return make.get();
    }
    Object value = current.get(key);
    if (value == null) {
      value = previous.get(key);
      if (value == null) {
        value = make.get();
        if (value == null) {
          return null;
        }
      }
      Object first = current.putIfAbsent(key, value);
      if (first != null) {
        value = first;
      }
    }
    return (T) value;
  }

  /**
   * A stand-in for {@code value} in keys: the same object from build to build for as long as the
   * value stays equal to what it was, so keys that hold it are cheap to hash and to compare.
   */
  Object token(String name, Object value) {
    if (!keep) {
      return new Object();
    }
    Object[] kept = tokens.get(name);
    if (kept == null || !kept[0].equals(value)) {
      kept = new Object[] {value, new Object()};
      tokens.put(name, kept);
    }
    return kept[1];
  }

  /**
   * {@code value} compared by identity in a key: the readings and notes of a build are the very
   * objects of the previous one when their files did not change (see {@code StageCache}).
   */
  static Object same(Object value) {
    return new Same(value);
  }

  private record Same(Object value) {
    @Override
    public boolean equals(Object other) {
      return other instanceof Same that && that.value == value;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(value);
    }
  }

  /** Called when a build's rendering ends: keeps what it used, drops the rest. */
  void endBuild() {
    if (keep) {
      previous = current;
      current = new ConcurrentHashMap<>();
    }
  }
}
