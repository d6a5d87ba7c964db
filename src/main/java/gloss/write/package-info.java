/**
 * Stage 7, write: {@link gloss.render.Page}s to the output folder.
 *
 * <p>The only stage besides {@code load} that touches the disk. It writes into a temporary folder
 * and swaps it in whole, so the site is never half-written, and it never writes outside the
 * output folder.
 */
package gloss.write;
