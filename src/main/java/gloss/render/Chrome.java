package gloss.render;

/**
 * What every page's frame needs: language, the edition's title, the page title, the relative path
 * back to the site's root ({@code ""} or {@code "../"}), and a description for the head.
 */
public record Chrome(String lang, String edition, String title, String root, String description) {}
