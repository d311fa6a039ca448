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

  // "validate(), strata validate, names ...": the command alone, as a plain subject
  private static final Pattern BOTH_IN_COMMAS =
      Pattern.compile("\\b[a-z]+\\(\\), (strata [a-z]+),");

  // the history's "downgrade("set", N), strata downgrade --to N": the set too, which the command
  // needs when several are loaded
  private static final Pattern DOWNGRADE_TO =
      Pattern.compile("\\bdowngrade\\(\"([^\"]+)\", (\\d+)\\), strata downgrade --to \\d+");

  private static final Pattern COMMAND =
      Pattern.compile("\\b(upgrade|downgrade|repair|baseline|validate|status)\\(\\)");

  private static final List<String[]> OPTIONS =
      List.of(
          new String[] {"Configuration.lockTimeout(...)", "--lock-timeout"},
          new String[] {"Configuration.historyTable(...)", "--history-table"},
          new String[] {
            "Configuration.unknownMigrations(UnknownMigrations.REVERT)",
            "strata upgrade --revert-unknown"
          },
          new String[] {"failOnDrift is on", "--fail-on-drift is given"});

  private CliWording() {}

  /** {@code message} with the Java API's names replaced by the CLI's commands and options. */
  static String of(String message) {
    if (message == null) {
      return null;
    }
    String text =
        DOWNGRADE_TO
            .matcher(message)
            .replaceAll(
                m ->
                    Matcher.quoteReplacement(
                        "strata downgrade --to " + m.group(2) + " --set " + m.group(1)));
    text = BOTH.matcher(text).replaceAll("$1");
    text = BOTH_IN_COMMAS.matcher(text).replaceAll("$1");
    text = COMMAND.matcher(text).replaceAll(m -> Matcher.quoteReplacement("strata " + m.group(1)));
    for (String[] option : OPTIONS) {
      text = text.replace(option[0], option[1]);
    }
    return text;
  }
}
