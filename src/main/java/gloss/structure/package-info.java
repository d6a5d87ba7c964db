/**
 * Stage 3, structure: {@link gloss.clean.Cleaned} lines to a {@link gloss.structure.Reading}.
 *
 * <p>Owns what a careful editor reads off the page: the title, the date and source written into
 * the text, credits and datelines, section headings, paragraphs and block quotations with their
 * citations. The sidecar's values win over what the text says. It never drops a line: every kept
 * line ends up in the title, the metadata or a block.
 */
package gloss.structure;
