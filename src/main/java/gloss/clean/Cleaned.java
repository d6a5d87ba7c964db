package gloss.clean;

import gloss.load.Source;
import java.util.List;

/**
 * A scraped text after cleaning: the lines kept (non-blank, stripped, with their original line
 * numbers), what was found in the debris, and the report of every change.
 */
public record Cleaned(Source source, List<Line> lines, Found found, CleaningReport report) {}
