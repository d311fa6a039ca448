package dev.strata.maven;

import java.util.regex.Pattern;

/**
 * Rewrites the processor's {@code -Astrata.check} messages for {@code strata:check}, whose user
 * gave no such option: "build without -Astrata.check=true to record it" becomes "compile the module
 * (mvn compile) to record it", as the goal's own failure says.
 */
final class CheckWording {

  private static final Pattern BUILD_WITHOUT =
      Pattern.compile("\\b([Bb])uild without -Astrata\\.check(?:=true)?");

  private static final String INSTEAD = " the module (mvn compile)";

  private static final String OPTION_PREFIX = "-Astrata.check: ";

  private CheckWording() {}

  /** {@code message} naming what a Maven user runs instead of the compiler option. */
  static String of(String message) {
    String text =
        BUILD_WITHOUT
            .matcher(message)
            .replaceAll(m -> m.group(1).equals("B") ? "Compile" + INSTEAD : "compile" + INSTEAD);
    return text.startsWith(OPTION_PREFIX)
        ? "strata:check: " + text.substring(OPTION_PREFIX.length())
        : text;
  }
}
