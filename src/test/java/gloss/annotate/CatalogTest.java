package gloss.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gloss.Fixtures;
import gloss.diag.Diagnostics;
import gloss.load.Note;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogTest {
  static Note note(String id, Note.Kind kind, String name, List<String> aliases, List<String> exclude) {
    return new Note(id, kind, name, aliases, exclude, "A gloss for " + name + ".", Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(), "",
        "content/notes/" + kind.folder() + "/" + id + ".md", 4, 3);
  }

  static Note person(String id, String name, String... aliases) {
    return note(id, Note.Kind.PERSON, name, List.of(aliases), List.of());
  }

  static Note place(String id, String name, String... aliases) {
    return note(id, Note.Kind.PLACE, name, List.of(aliases), List.of());
  }

  /** Each paragraph's mentions as "surface=id". */
  private static List<List<String>> find(List<Note> notes, String... paragraphs) {
    Diagnostics diagnostics = new Diagnostics();
    Catalog catalog = Catalog.of(notes, diagnostics);
    assertEquals("", Fixtures.messages(diagnostics));
    List<List<String>> all = new ArrayList<>();
    List<List<Catalog.Span>> found = catalog.find(List.of(paragraphs));
    for (int i = 0; i < paragraphs.length; i++) {
      String text = paragraphs[i];
      all.add(found.get(i).stream().map(s -> text.substring(s.start(), s.end()) + "=" + s.id()).toList());
    }
    return all;
  }

  @Test
  void longestMatchWins() {
    List<Note> notes = List.of(
        note("russian-foreign-ministry", Note.Kind.ORGANISATION, "Russian Foreign Ministry", List.of(), List.of()),
        place("russia", "Russia"));
    assertEquals(List.of(List.of("Russian Foreign Ministry=russian-foreign-ministry", "Russia=russia")),
        find(notes, "The Russian Foreign Ministry said Russia would reply."));
  }

  @Test
  void wholeWordsOnlyAndCaseSensitive() {
    List<Note> notes = List.of(place("russia", "Russia"), note("ap", Note.Kind.PUBLICATION, "AP", List.of(), List.of()));
    assertEquals(List.of(List.of("AP=ap")),
        find(notes, "Russians, Belarussia and russia are not Russia-less words, writes AP."
            .replace("Russia-less", "Russialess")));
  }

  @Test
  void aSurnameCountsOnlyAfterTheFullNameInTheSameReading() {
    List<Note> notes = List.of(person("ian-kelly", "Ian Kelly"), person("laura-kelly", "Laura Kelly"));
    assertEquals(List.of(List.of(), List.of("Ian Kelly=ian-kelly"), List.of("Kelly=ian-kelly")),
        find(notes, "Kelly spoke first.", "Then Ian Kelly spoke.", "Kelly said it was counterproductive."));
    assertEquals(List.of(List.of("Laura Kelly=laura-kelly", "Kelly=laura-kelly")),
        find(notes, "Laura Kelly contributed, and Kelly wrote it."));
  }

  @Test
  void aSharedSurnameGoesToTheMostRecentFullName() {
    List<Note> notes = List.of(person("ian-kelly", "Ian Kelly"), person("laura-kelly", "Laura Kelly"));
    assertEquals(List.of(List.of("Ian Kelly=ian-kelly", "Laura Kelly=laura-kelly", "Kelly=laura-kelly")),
        find(notes, "Ian Kelly and Laura Kelly met; Kelly wrote."));
  }

  @Test
  void excludedPhrasesAreNotMentions() {
    List<Note> notes = List.of(note("washington", Note.Kind.PLACE, "Washington", List.of(),
        List.of("Washington Post", "George Washington")));
    assertEquals(List.of(List.of("Washington=washington")),
        find(notes, "The Washington Post reported that George Washington's portrait stayed in Washington."));
  }

  @Test
  void findsNonAsciiNames() {
    List<Note> notes = List.of(person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", "Recep Tayyip Erdogan"));
    assertEquals(List.of(List.of("Recep Tayyip Erdoğan=recep-tayyip-erdogan", "Erdoğan=recep-tayyip-erdogan"),
            List.of("Recep Tayyip Erdogan=recep-tayyip-erdogan")),
        find(notes, "Recep Tayyip Erdoğan arrived; Erdoğan spoke.", "Recep Tayyip Erdogan left."));
  }

  @Test
  void twoEntriesClaimingOneAliasIsAnError() {
    Diagnostics diagnostics = new Diagnostics();
    Catalog.of(List.of(place("kyiv", "Kyiv", "Kiev"), place("kiev-oblast", "Kiev")), diagnostics);
    assertTrue(diagnostics.hasErrors());
    assertTrue(Fixtures.messages(diagnostics).contains("content/notes/place/kiev-oblast.md:3:"),
        Fixtures.messages(diagnostics));
    assertTrue(Fixtures.messages(diagnostics).contains("\"Kiev\" is also claimed by note \"kyiv\""),
        Fixtures.messages(diagnostics));
  }
}
