/**
 * Stage 6, render: an {@link gloss.link.Edition} to {@link gloss.render.Page}s.
 *
 * <p>Owns Flexmark (Markdown with footnotes to HTML, raw HTML escaped), the Jsoup edits on that
 * HTML (paragraph ids, accessible footnotes, link guard), and the Mustache views: one small record
 * per template, so templates hold no logic. Mustache is strict here: a key the view lacks is an
 * error naming the template line. Java never builds HTML by string concatenation, and this stage
 * never writes to disk.
 */
package gloss.render;
