package gloss.cli;

import java.io.PrintWriter;

/** One command of {@code gloss}: what it accepts, and what it does with it. */
interface Command {
  Args.Spec spec();

  /**
   * Runs the command and returns its exit code. Problems with the content are printed and give
   * {@link Main#CONTENT_ERROR}; anything thrown is a bug in Gloss.
   */
  int run(Args args, PrintWriter out, PrintWriter err) throws Exception;
}
