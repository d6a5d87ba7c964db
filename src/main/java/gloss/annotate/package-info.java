/**
 * Stage 4, annotate: a {@link gloss.structure.Reading} and the notes to an {@link
 * gloss.annotate.AnnotatedReading} (Markdown with footnotes, and the mentions found).
 *
 * <p>Owns mention finding (one Aho–Corasick pass per text over every alias, longest match first,
 * surnames only after a full name), anchoring passage notes by their quoted words, the footnote
 * policy, and Markdown escaping: scraped text is data, and every character of it renders as text.
 * It never reads files and never produces HTML.
 */
package gloss.annotate;
