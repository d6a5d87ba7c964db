package gloss.clean;

import gloss.load.Source;
import java.util.List;

/**
 * A scraped text after cleaning: the lines kept (non-blank, stripped, with their original line
 * numbers), what was found in the debris, the report of every change, and the structure the
 * sidecar marks.
 */
public record Cleaned(Source source, List<Line> lines, Found found, CleaningReport report, Layout layout) {}
