package gloss.annotate;

/**
 * A mention of an entry in a reading: which paragraph ({@code p1} is 1) and where in it.
 *
 * @param surface the words as the reading writes them
 */
public record Mention(String entry, int paragraph, int start, int end, String surface) {}
