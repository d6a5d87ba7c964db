package gloss.clean;

import java.util.Optional;

/**
 * One class of web debris, with a stable kebab-case id used in code, in the cleaning report and in
 * test case folders.
 *
 * <p>A rule looks at one line in its context and returns a {@link Verdict}. Rules must run in time
 * linear in the line's length: no regular expression that can backtrack.
 */
interface DebrisRule {
  String id();

  /** What the rule removes, for the report page and the README. */
  String description();

  Verdict judge(LineContext line);

  /** What a rule decided about a line. */
  record Verdict(Kind kind, String kept, String reason, Found found) {
    static final Verdict KEEP = new Verdict(Kind.KEEP, "", "", Found.NOTHING);

    static Verdict drop(String reason) {
      return new Verdict(Kind.DROP, "", reason, Found.NOTHING);
    }

    static Verdict drop(String reason, Found found) {
      return new Verdict(Kind.DROP, "", reason, found);
    }

    static Verdict cut(String kept, String reason) {
      return new Verdict(Kind.CUT, kept, reason, Found.NOTHING);
    }

    static Verdict cut(String kept, String reason, Found found) {
      return new Verdict(Kind.CUT, kept, reason, found);
    }

    static Verdict repair(String kept, String reason) {
      return new Verdict(Kind.REPAIR, kept, reason, Found.NOTHING);
    }

    static Verdict suspicious(String reason) {
      return new Verdict(Kind.SUSPICIOUS, "", reason, Found.NOTHING);
    }

    Optional<String> keptText() {
      return kind == Kind.CUT || kind == Kind.REPAIR ? Optional.of(kept) : Optional.empty();
    }
  }

  enum Kind {
    KEEP,
    DROP,
    CUT,
    REPAIR,
    SUSPICIOUS
  }
}
