package gloss.clean;

/** One line of a scraped text as the cleaner kept it, with its line number in the file. */
public record Line(int number, String text) {}
