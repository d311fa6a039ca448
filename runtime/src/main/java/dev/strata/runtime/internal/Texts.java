package dev.strata.runtime.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The pieces that the runtime's messages share, so that every message names a migration and lists
 * statements the same way; each message itself lives with the code that decides it.
 */
public final class Texts {

  private Texts() {}

  /** How messages and logs name a migration: {@code V0002 "Replace active_users" of set main}. */
  public static String label(String set, int version, String description) {
    // versions start at 1; at least four ASCII digits whatever the locale, since users grep
    // their logs for these; concatenated, not String.format: a run logs one per migration
    String digits = Integer.toString(version);
    return "V"
        + "0".repeat(Math.max(0, 4 - digits.length()))
        + digits
        + " \""
        + description
        + "\" of set "
        + set;
  }

  /**
   * A database's or the JDK's message as a sentence that the next one can follow: with one full
   * stop, where drivers end theirs with one or with none.
   */
  public static String sentence(String message) {
    String text = String.valueOf(message).strip();
    return text.endsWith(".") ? text : text + ".";
  }

  /** Each statement on a line of its own, indented under the sentence that introduces them. */
  public static String lines(List<String> statements) {
    return statements.stream().map(s -> "\n    " + indented(s)).collect(Collectors.joining());
  }

  /** A statement as {@link #lines} writes it, for a message that quotes a single one. */
  public static String indented(String statement) {
    // databases return view definitions on several lines: indent them to keep statements apart
    return statement.strip().replace("\n", "\n      ");
  }
}
