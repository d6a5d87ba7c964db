/**
 * The preview server of {@code gloss serve}: builds the edition in memory, serves it on
 * 127.0.0.1 with the JDK's HTTP server, watches {@code content/} and {@code templates/}, rebuilds
 * on every change (incrementally, see {@link gloss.IncrementalBuild}) and makes open pages reload
 * themselves.
 *
 * <p>Decisions: the site is served from memory, never from {@code site/}, which {@code serve}
 * does not touch (run {@code gloss build} before committing), so the live-reload script can never
 * end up in the published site and the last good build is simply the snapshot being served. The
 * script is an external file ({@code /__gloss/reload.js}, injected as one {@code <script>} tag
 * into HTML responses only) because every page's Content-Security-Policy allows only the site's
 * own scripts; it polls {@code /__gloss/status}, reloads after a good rebuild and shows the
 * errors of a failed one over the page. Only this package's classes touch the network, and only
 * the loopback interface.
 */
package gloss.serve;
