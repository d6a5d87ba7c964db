package gloss.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * {@code mojibake}: UTF-8 text that was once read as Windows-1252, such as "didnâ€™t" for "didn’t".
 * The line is repaired only when the whole of it converts back without loss; otherwise it is
 * flagged.
 */
final class MojibakeRule implements DebrisRule {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Override
  public String id() {
    return "mojibake";
  }

  @Override
  public String description() {
    return "UTF-8 read as Windows-1252 (\"â€™\" for \"’\"), repaired when certain";
  }

  @Override
  public Verdict judge(LineContext line) {
    String text = line.text();
    if (!text.contains("â€") && !text.contains("Ã") && !text.contains("Â")) {
      return Verdict.KEEP;
    }
    CharsetEncoder encoder =
        WINDOWS_1252.newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(java.nio.CharBuffer.wrap(text));
      String repaired =
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(bytes)
              .toString();
      if (!repaired.equals(text)) {
        return Verdict.repair(repaired, "UTF-8 that had been read as Windows-1252");
      }
    } catch (CharacterCodingException e) {
      return Verdict.suspicious("characters that look like damaged encoding; not certain enough to repair");
    }
    return Verdict.KEEP;
  }
}
