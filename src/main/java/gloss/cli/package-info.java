/**
 * The command line: {@code build}, {@code check}, {@code clean}, {@code serve} and {@code add}, one
 * small class per command, parsed by {@link gloss.cli.Args} and described by {@link gloss.cli.Help}.
 *
 * <p>Commands print what they did and return an exit code; they never let a content problem
 * escape as a stack trace. Exit codes: 0 success, 1 content errors, 2 usage errors, 3 an internal
 * failure of Gloss itself (a bug, reported with a request to file it).
 *
 * <p>{@code Main.main} first asks {@link gloss.cli.Launcher} whether a short command started from
 * the jar should run in a second JVM with faster flags (a class-data archive, the quick JIT
 * compiler); the deviation from "{@code main} only calls {@code run}" is that one decision, and
 * tests call {@code run} as before.
 */
package gloss.cli;
