package dev.strata.cli;

import picocli.CommandLine.Option;

/** The {@code --set} of the commands that change one migration set, as a mixin. */
final class SetOption {

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "The migration set, needed only when several are loaded.")
  private String requested;

  /** The set given, or null to work on the only one loaded. */
  String requested() {
    return requested;
  }
}
