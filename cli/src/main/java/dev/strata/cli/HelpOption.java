package dev.strata.cli;

import picocli.CommandLine.Option;

/**
 * The {@code -h, --help} of every command, as a mixin. Not picocli's standard help options: they
 * bring {@code --version}, which {@code baseline --version N} needs; {@code strata --version} shows
 * the version.
 */
final class HelpOption {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help message and exit.")
  private boolean help;
}
