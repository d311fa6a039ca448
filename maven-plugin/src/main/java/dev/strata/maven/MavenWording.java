package dev.strata.maven;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the runtime's messages, which name the Java API ({@code repair()}, {@code
 * Configuration.lockTimeout(...)}), into what a Maven user runs instead ({@code mvn strata:repair},
 * {@code -Dstrata.lockTimeout}).
 */
final class MavenWording {

  // the runtime's "repair() (strata repair)" names the method and the command line's command
  private static final Pattern BOTH = Pattern.compile("\\b([a-z]+)\\(\\) \\(strata [a-z]+\\)");

  // the history's "downgrade("set", N), strata downgrade --to N", a set reverted to a version
  private static final Pattern DOWNGRADE_TO =
      Pattern.compile("\\bdowngrade\\(\"([^\"]+)\", (\\d+)\\), strata downgrade --to \\d+");

  private static final Pattern GOAL =
      Pattern.compile("\\b(upgrade|downgrade|repair|baseline|validate|status)\\(\\)");

  private static final List<String[]> PROPERTIES =
      List.of(
          new String[] {"Configuration.lockTimeout(...)", "-Dstrata.lockTimeout"},
          new String[] {"Configuration.historyTable(...)", "-Dstrata.historyTable"},
          new String[] {
            "refresh it without concurrently", "refresh it without -Dstrata.concurrently"
          },
          // no goal starts a run that reverts what a newer build applied: the downgrade the same
          // sentence names is the Maven way, so the clause goes
          new String[] {
            ", or start it with Configuration.unknownMigrations(UnknownMigrations.REVERT) to do so"
                + " at every start.",
            "."
          });

  private MavenWording() {}

  /** {@code message} with the Java API's names replaced by the plugin's goals and properties. */
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
                        "mvn strata:downgrade -Dstrata.set="
                            + m.group(1)
                            + " -Dstrata.to="
                            + m.group(2)));
    text = BOTH.matcher(text).replaceAll("$1()");
    text = GOAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("mvn strata:" + m.group(1)));
    for (String[] property : PROPERTIES) {
      text = text.replace(property[0], property[1]);
    }
    return text;
  }
}
