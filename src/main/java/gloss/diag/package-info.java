/**
 * Content problems as values.
 *
 * <p>Programmer errors throw; content problems (a bad sidecar, an edited scraped text, a template
 * key that does not exist) become {@link gloss.diag.Diagnostic}s collected in {@link
 * gloss.diag.Diagnostics} through the whole run and printed at the end as {@code path:line:
 * message}, sorted by file and line.
 */
package gloss.diag;
