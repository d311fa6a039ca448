package dev.strata.cli;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the runtime's messages, which name the Java API ({@code repair()}, {@code
 * Configuration.lockTimeout(...)}), into what a command-line user types instead ({@code strata
 * repair}, {@code --lock-timeout}).
 */
final class CliWording {

  // the runtime's "repair() (strata repair)" names both: the command alone is left
  private static final Pattern BOTH = Pattern.compile("\\b[a-z]+\\(\\) \\((strata [a-z]+)\\)");

  private static final Pattern COMMAND =
      Pattern.compile("\\b(upgrade|downgrade|repair|baseline|validate|status)\\(\\)");

  private static final List<String[]> OPTIONS =
      List.of(
          new String[] {"Configuration.lockTimeout(...)", "--lock-timeout"},
          new String[] {"Configuration.historyTable(...)", "--history-table"});

  private CliWording() {}

  /** {@code message} with the Java API's names replaced by the CLI's commands and options. */
  static String of(String message) {
    if (message == null) {
      return null;
    }
    String text = BOTH.matcher(message).replaceAll("$1");
    text = COMMAND.matcher(text).replaceAll(m -> Matcher.quoteReplacement("strata " + m.group(1)));
    for (String[] option : OPTIONS) {
      text = text.replace(option[0], option[1]);
    }
    return text;
  }
}
