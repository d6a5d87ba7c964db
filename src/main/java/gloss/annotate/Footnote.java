package gloss.annotate;

/**
 * One footnote of a reading, numbered in order of appearance.
 *
 * @param label what the note is: an entry's kind ("person") or a passage note's kind ("context")
 * @param markdown the footnote's text, already safe Markdown
 * @param entry the id of the entry it glosses, or empty for a passage note
 */
public record Footnote(int number, String label, String markdown, String entry) {}
