package gloss.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page shown while no build has succeeded: the errors, one per line, built with Jsoup. */
final class ErrorPage {
  private ErrorPage() {}

  static byte[] of(List<String> errors) {
    Document doc = Document.createShell("");
    doc.outputSettings().prettyPrint(false);
    doc.title("Build failed · Gloss preview");
    doc.head().prependElement("meta").attr("charset", "utf-8");
    Element body = doc.body();
    body.appendElement("h1").text("The edition does not build yet");
    body.appendElement("p").text("Fix these problems and save; this page reloads by itself.");
    Element list = body.appendElement("pre").attr("id", "gloss-build-errors");
    list.text(String.join("\n", errors));
    return ("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8);
  }
}
