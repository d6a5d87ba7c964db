/**
 * Stage 5, link: every {@link gloss.annotate.AnnotatedReading} to one {@link gloss.link.Edition}.
 *
 * <p>The one edition-wide step: reading order, the index from entries to the paragraphs that
 * mention them, each reading's entries and related readings. Costs grow linearly with the number
 * of readings and mentions (inverted indexes, no pairwise comparison). It writes nothing and
 * produces no HTML.
 */
package gloss.link;
