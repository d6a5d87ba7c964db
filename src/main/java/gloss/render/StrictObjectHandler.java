package gloss.render;

import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.util.List;

/**
 * Makes Mustache strict: a key that no view provides is an error naming the key, never an empty
 * string, so a typo in a template ({@code {{titel}}}) is caught by the build.
 */
final class StrictObjectHandler extends ReflectionObjectHandler {
  @Override
  public Wrapper find(String name, List<Object> scopes) {
    Wrapper wrapper = super.find(name, scopes);
    if (wrapper instanceof MissingWrapper) {
      throw new UnknownKeyException(name);
    }
    return wrapper;
  }

  /** A template asked for a key that its view does not have. */
  static final class UnknownKeyException extends MustacheException {
    private static final long serialVersionUID = 1L;
    private final String key;

    UnknownKeyException(String key) {
      super("unknown key \"" + key + "\"");
      this.key = key;
    }

    String key() {
      return key;
    }
  }
}
