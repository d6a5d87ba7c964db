package gloss.clean;

/**
 * {@code breadcrumb}: the trail of links above an article. "Home › World › Europe", "Home / News",
 * and run-together trails such as "HomeTop StoriesWhy the diplomatic meeting … was..." whose end
 * repeats the beginning of the title that follows.
 */
final class BreadcrumbRule implements DebrisRule {
  private static final int MIN_TITLE_OVERLAP = 15;
  private static final int MAX_SEGMENT = 40;

  @Override
  public String id() {
    return "breadcrumb";
  }

  @Override
  public String description() {
    return "breadcrumb trails (Home › News …), including run-together ones repeating the title";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text();
    if (!line.isShort() || !text.startsWith("Home")) {
      return Verdict.KEEP;
    }
    if (repeatsNextLine(text, line.next())) {
      return Verdict.drop("a breadcrumb ending with the start of the title");
    }
    if (isSeparatedTrail(text)) {
      return Verdict.drop("a breadcrumb trail");
    }
    return Verdict.KEEP;
  }

  /** "HomeTop StoriesWhy the meeting was..." followed by "Why the meeting was so important". */
  private static boolean repeatsNextLine(String text, String next) {
    String trail = stripEllipsis(text);
    if (trail.length() == text.length() || next.isEmpty()) {
      return false;
    }
    for (int start = 4; start <= trail.length() - MIN_TITLE_OVERLAP; start++) {
      if (next.startsWith(trail.substring(start))) {
        return true;
      }
    }
    return false;
  }

  /** "Home › World › Europe": every segment short, at least two separators. */
  private static boolean isSeparatedTrail(String text) {
    String unified = text.replace('›', '/').replace('»', '/').replace('>', '/').replace('|', '/');
    String[] segments = unified.split("/", -1);
    if (segments.length < 2 || !segments[0].strip().equals("Home")) {
      return false;
    }
    for (String segment : segments) {
      if (segment.isBlank() || segment.strip().length() > MAX_SEGMENT) {
        return false;
      }
    }
    return true;
  }

  private static String stripEllipsis(String text) {
    String stripped = text.strip();
    if (stripped.endsWith("...")) {
      return stripped.substring(0, stripped.length() - 3);
    }
    if (stripped.endsWith("…")) {
      return stripped.substring(0, stripped.length() - 1);
    }
    return stripped;
  }
}
