package gloss.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic scraped texts for benchmarks: articles of a chosen length with section
 * headings, inline and block quotations, names of people and places, and the debris lines real
 * pages carry. The same seed always gives the same texts.
 */
public final class Synthetic {
  private static final String[] WORDS = (
      "the minister said talks would resume after a long pause in the capital while officials "
      + "warned that progress depended on both sides agreeing to limits on new deployments and "
      + "a schedule for further meetings between delegations from several countries including "
      + "diplomats economists and military advisers who met on Tuesday to discuss sanctions "
      + "trade grain shipments prisoners security guarantees and a possible framework for "
      + "monitoring compliance with earlier agreements signed years ago under different leaders")
      .split(" ");
  private static final String[] DEBRIS = {
      "See also  Ten things to know about the election",
      "- Advertisement -",
      "Leave a Reply",
      "Please enter your comment!",
      "Share this article",
      "Read more: Why the talks failed last spring",
      "Most Popular",
      "For the latest news, weather, sports and streaming video, visit The Daily Record.",
      "Subscribe to our newsletter",
      "Related: Ministers meet again in Vienna",
  };

  private final SplittableRandom random;
  private final List<String> names;
  private final int nameEvery;

  /** Texts where about one word in eight is a name, as the mention benchmark wants. */
  public Synthetic(long seed, List<String> names) {
    this(seed, names, 8);
  }

  /** Texts where about one word in {@code nameEvery} (after the first of a sentence) is a name. */
  public Synthetic(long seed, List<String> names, int nameEvery) {
    this.random = new SplittableRandom(seed);
    this.names = List.copyOf(names);
    this.nameEvery = nameEvery;
  }

  /** Names such as "Anna Kovacs", "Place 12": {@code count} distinct ones, deterministic. */
  public static List<String> names(int count) {
    String[] first = {"Anna", "Boris", "Clara", "David", "Elena", "Farid", "Greta", "Hiro", "Ines", "Jonas"};
    String[] last = {"Kovacs", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quinn", "Rossi",
        "Sato", "Tanaka", "Ulrich", "Varga", "Weiss", "Xu", "Yilmaz", "Zhou"};
    List<String> names = new ArrayList<>(count);
    for (int i = 0; names.size() < count; i++) {
      String name = first[i % first.length] + " " + last[(i / first.length) % last.length];
      int round = i / (first.length * last.length);
      names.add(round == 0 ? name : name + " " + roman(round));
    }
    return names;
  }

  private static String roman(int n) {
    String[] numerals = {"", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
    return n < numerals.length ? numerals[n] : "the " + n + "th";
  }

  /** One scraped article of about {@code words} words, with a title line and debris. */
  public String article(int words) {
    StringBuilder out = new StringBuilder(words * 7);
    out.append("Ministers ").append(capital(word())).append(' ').append(capital(word()))
        .append(" in Talks on ").append(capital(word())).append("\n\n");
    int written = 0;
    int paragraphs = 0;
    while (written < words) {
      paragraphs++;
      if (paragraphs % 7 == 0) {
        out.append(capital(word())).append(' ').append(word()).append(' ').append(word()).append("\n\n");
      }
      if (random.nextInt(9) == 0) {
        out.append(DEBRIS[random.nextInt(DEBRIS.length)]).append("\n\n");
      }
      if (random.nextInt(12) == 0) {
        out.append(sentence(10).replaceAll("\\.$", ":")).append("\n\n");
        String quoted = sentence(18);
        out.append(quoted).append("\n\n");
        written += 28;
        continue;
      }
      int sentences = 2 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        String sentence = sentence(8 + random.nextInt(18));
        if (random.nextInt(5 * nameEvery / 8) == 0) {
          sentence = "“" + sentence + "” " + names.get(random.nextInt(names.size())) + " said.";
        }
        out.append(s == 0 ? "" : " ").append(sentence);
        written += sentence.length() / 6;
      }
      out.append("\n\n");
    }
    out.append("Leave a Reply\n\nPlease enter your name here\n");
    return out.toString();
  }

  private String sentence(int words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = i > 0 && random.nextInt(nameEvery) == 0 ? names.get(random.nextInt(names.size())) : word();
      out.append(i == 0 ? capital(word) : " " + word);
    }
    return out.append('.').toString();
  }

  private String word() {
    return WORDS[random.nextInt(WORDS.length)];
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
