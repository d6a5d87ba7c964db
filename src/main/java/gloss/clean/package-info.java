/**
 * Stage 2, clean: a {@link gloss.load.Source} to {@link gloss.clean.Cleaned} lines and a {@link
 * gloss.clean.CleaningReport}.
 *
 * <p>Owns the debris rules: each is a small class with a stable kebab-case id ({@code
 * related-link}, {@code comment-box}, {@code advertisement}, {@code widget}, {@code breadcrumb},
 * {@code syndication}, {@code search-junk}, {@code trailing-debris}, {@code artifact}, {@code
 * date-line}, {@code mojibake}, {@code odd-letters}) used in the report and in the test case
 * folders. It never edits the scraped text itself, never loses a line without a report entry, and
 * keeps a line whenever a rule is unsure. No rule uses a regular expression that can backtrack, so
 * cleaning is linear in the size of the text.
 */
package gloss.clean;
