package dev.strata.runtime.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A list of texts (each possibly null) as one text and back, for what the history table keeps in a
 * single column: each token is its length, a colon and its characters, or {@code -} for null, so
 * that no character of the texts (SQL with newlines, quotes, colons) needs escaping. A stored
 * format that later runtimes read: change it only with a new format name.
 */
public final class Tokens {

  private Tokens() {}

  public static String encode(List<String> tokens) {
    StringBuilder text = new StringBuilder();
    for (String token : tokens) {
      if (token == null) {
        text.append('-');
      } else {
        text.append(token.length()).append(':').append(token);
      }
    }
    return text.toString();
  }

  /**
   * The tokens of {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} was not written by {@link #encode}
   */
  public static List<String> decode(String text) {
    List<String> tokens = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      if (text.charAt(at) == '-') {
        tokens.add(null);
        at++;
        continue;
      }
      int colon = text.indexOf(':', at);
      if (colon < 0) {
        throw new IllegalArgumentException("No length before character " + at);
      }
      int end;
      try {
        end = colon + 1 + Integer.parseInt(text.substring(at, colon));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("No length at character " + at, e);
      }
      if (end > text.length() || end <= colon) {
        throw new IllegalArgumentException("A token at character " + at + " runs past the end");
      }
      tokens.add(text.substring(colon + 1, end));
      at = end;
    }
    return Collections.unmodifiableList(tokens);
  }
}
