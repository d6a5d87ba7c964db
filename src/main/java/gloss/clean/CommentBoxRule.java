package gloss.clean;

import java.util.Set;

/**
 * {@code comment-box}: the comment form and widgets under an article. "Leave a Reply", "Please
 * enter your comment!", "Please enter your name here", "You have entered an incorrect email
 * address!", "Save my name, email, and website…", "Cancel reply", "Recent Comments", "Most
 * Popular", "N comments".
 */
final class CommentBoxRule implements DebrisRule {
  private static final Set<String> PHRASES =
      Set.of(
          "leave a reply", "leave a comment", "leave a reply cancel reply", "post a comment",
          "post comment", "submit comment", "add a comment", "cancel reply", "comments",
          "recent comments", "most popular", "most read", "popular posts", "recent posts",
          "please enter your comment", "please enter your name here",
          "please enter your email address here", "you have entered an incorrect email address",
          "your email address will not be published", "required fields are marked",
          "log in to reply", "log in to leave a comment", "join the conversation", "comment",
          "view comments", "show comments", "load comments", "be the first to comment");
  private static final String SAVE_MY_NAME = "save my name, email, and website";

  @Override
  public String id() {
    return "comment-box";
  }

  @Override
  public String description() {
    return "comment forms and comment widgets: Leave a Reply, Please enter your comment, N comments";
  }

  @Override
  public Verdict judge(LineContext line) {
    if (!line.isShort()) {
      return Verdict.KEEP;
    }
    String lower = line.normalized();
    if (PHRASES.contains(lower)) {
      return Verdict.drop("comment form text");
    }
    if (lower.startsWith(SAVE_MY_NAME) || lower.startsWith("your email address will not be published")) {
      return Verdict.drop("comment form text");
    }
    if (isCommentCount(lower)) {
      return Verdict.drop("a comment count");
    }
    return Verdict.KEEP;
  }

  /** "12 comments", "1 comment", "no comments", "12 Comments »". */
  private static boolean isCommentCount(String lower) {
    int space = lower.indexOf(' ');
    if (space <= 0) {
      return false;
    }
    String number = lower.substring(0, space);
    String rest = lower.substring(space + 1);
    boolean counted = number.equals("no") || number.chars().allMatch(Character::isDigit);
    return counted && (rest.equals("comments") || rest.equals("comment") || rest.equals("responses")
        || rest.equals("replies") || rest.equals("thoughts on this article"));
  }
}
