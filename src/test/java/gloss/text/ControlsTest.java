package gloss.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ControlsTest {
  @Test
  void showsControlCharactersByTheirCodePoint() {
    assertEquals("shaft,\u00e2\u20ac<U+009D> said", Controls.visible("shaft,\u00e2\u20ac\u009d said"));
    assertEquals("a<U+0007>b", Controls.visible("a\u0007b"));
  }

  @Test
  void leavesOrdinaryTextAsItIs() {
    String text = "Lavrov’s “reply”\tand a tab";
    assertSame(text, Controls.visible(text));
  }
}
