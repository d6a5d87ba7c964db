package gloss.clean;

/**
 * {@code odd-letters}: a letter from outside basic Latin glued to the end of a sentence, as in
 * "…pursue it.”Īt the highest level". It is probably a damaged "A", but that is not certain, so the
 * line is kept as it is and flagged for an editorial note.
 */
final class OddLetterRule implements DebrisRule {
  @Override
  public String id() {
    return "odd-letters";
  }

  @Override
  public String description() {
    return "unexpected accented letters glued to a sentence end (\"”Īt\"), flagged, never changed";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text();
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0100' && c <= '\u017F' && ".!?”\"".indexOf(text.charAt(i - 1)) >= 0) {
        int end = Math.min(text.length(), i + 6);
        return Verdict.suspicious(
            "odd letter \"" + c + "\" glued to a sentence end (\"" + text.substring(Math.max(0, i - 4), end) + "\")");
      }
    }
    return Verdict.KEEP;
  }
}
