/**
 * Stage 6, render: an {@link gloss.link.Edition} to {@link gloss.render.Page}s.
 *
 * <p>Owns the Markdown-to-HTML step in three ways that give the same bytes: {@link
 * gloss.render.AnnotatedMarkdown} reads the one layout the annotate stage writes without a parser,
 * {@link gloss.render.AstHtml} writes Flexmark's syntax tree for the nodes readings and notes are
 * made of, and the long way is Flexmark's renderer (raw HTML escaped) followed by the Jsoup edits
 * (paragraph ids, accessible footnotes, link guard). Each way escapes every piece of text it
 * writes. Pages are laid out by Mustache views: one small record per template, so templates hold
 * no logic. Mustache is strict here: a key the view lacks is an error naming the template line.
 * This stage never writes to disk.
 */
package gloss.render;
