package gloss.render;

/**
 * Where rendered pages go as they are made: a list for a preview, the staging folder for a build.
 * Implementations must be thread-safe, as pages are rendered in parallel, and must accept pages in
 * any order.
 */
@FunctionalInterface
public interface PageSink {
  void accept(Page page);
}
