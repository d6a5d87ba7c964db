package gloss.diag;

/**
 * Where a build is, for a progress line on a terminal. The pipeline calls {@link #stage} as each
 * stage begins and {@link #advance} after each reading of the per-reading stages and of render,
 * and after each entry page; implementations
 * must be thread-safe, as readings are processed in parallel.
 */
public interface Progress {
  /** Reports nothing. */
  Progress NONE = new Progress() {
    @Override
    public void stage(String name, int total) {}

    @Override
    public void advance() {}
  };

  /** A stage begins; {@code total} is how many steps it has, or 0 when it is not counted. */
  void stage(String name, int total);

  /** One more step of the current stage is done. */
  void advance();
}
