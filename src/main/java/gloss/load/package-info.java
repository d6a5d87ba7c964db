/**
 * Stage 1, load: files to values.
 *
 * <p>Input: the content and templates folders. Output: {@link gloss.load.Content} (the edition's
 * settings, one {@link gloss.load.Source} per scraped text with its {@link gloss.load.Sidecar}, and
 * the {@link gloss.load.Note}s) and a {@link gloss.load.TemplateSet}.
 *
 * <p>Owns charset detection and repair (BOM, CRLF and CR, Windows-1252), refusing binary and
 * undecodable input, checksums of the scraped texts, and YAML parsing with bounded aliases and
 * size. It never follows a symbolic link and never writes. Every later stage works on the values
 * it returns and never reads the disk.
 */
package gloss.load;
