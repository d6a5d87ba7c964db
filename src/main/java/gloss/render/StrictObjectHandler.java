package gloss.render;

import com.github.mustachejava.Iteration;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.io.Writer;
import java.util.List;

/**
 * Makes Mustache strict: a key that no view provides is an error naming the key, never an empty
 * string, so a typo in a template ({@code {{titel}}}) is caught by the build.
 *
 * <p>Also makes the number zero false, as in mustache.js, so that {@code {{#mentions.size}}}
 * guards a list's heading and {@code {{^rows.size}}} says when there is nothing; mustache.java
 * would otherwise render a section once for any number.
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

  @Override
  public Writer iterate(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return isZero(object) ? writer : super.iterate(iteration, writer, object, scopes);
  }

  @Override
  public Writer falsey(Iteration iteration, Writer writer, Object object, List<Object> scopes) {
    return isZero(object) ? iteration.next(writer, object, scopes) : super.falsey(iteration, writer, object, scopes);
  }

  private static boolean isZero(Object object) {
    return (object instanceof Integer || object instanceof Long) && ((Number) object).longValue() == 0;
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
