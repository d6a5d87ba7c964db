package gloss.clean;

/**
 * {@code artifact}: stray characters left by the scraper after the last sentence, such as the
 * doubled letters in "writes AP.zz". Only a run of two to four identical lower-case letters right
 * after a sentence end, at the end of the line, is cut.
 */
final class ArtifactRule implements DebrisRule {
  private static final int MIN_LINE = 20;

  @Override
  public String id() {
    return "artifact";
  }

  @Override
  public String description() {
    return "stray letters after the last sentence (\"writes AP.zz\")";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text().stripTrailing();
    if (text.length() < MIN_LINE) {
      return Verdict.KEEP;
    }
    char last = text.charAt(text.length() - 1);
    if (last < 'a' || last > 'z') {
      return Verdict.KEEP;
    }
    int start = text.length() - 1;
    while (start > 0 && text.charAt(start - 1) == last) {
      start--;
    }
    int run = text.length() - start;
    if (run < 2 || run > 4 || start == 0 || ".!?”\"".indexOf(text.charAt(start - 1)) < 0) {
      return Verdict.KEEP;
    }
    return Verdict.cut(text.substring(0, start), "stray \"" + text.substring(start) + "\" after the sentence");
  }
}
