package gloss.render;

/** A link as templates show it: where, its text, and an optional note after it (may be null). */
public record Link(String href, String text, String note) {}
