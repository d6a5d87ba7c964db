/**
 * The command line: {@code build}, {@code check}, {@code clean}, {@code serve} and {@code add}, one
 * small class per command, parsed by {@link gloss.cli.Args} and described by {@link gloss.cli.Help}.
 *
 * <p>Commands print what they did and return an exit code; they never let a content problem
 * escape as a stack trace. Exit codes: 0 success, 1 content errors, 2 usage errors, 3 an internal
 * failure of Gloss itself (a bug, reported with a request to file it).
 */
package gloss.cli;
