package dev.strata.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lock-lease} of the commands that take no lock, as a mixin that refuses it, saying
 * why: it was refused as an unknown option, as if misspelt, beside a {@code --lock-timeout} that
 * these commands take.
 */
final class NoLeaseOption {

  static final String NAME = "--lock-lease";

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  @Option(names = NAME, paramLabel = "DURATION", hidden = true)
  private String lease;

  /**
   * @throws ParameterException if {@code --lock-lease} was given
   */
  void refuse() {
    if (lease != null) {
      throw new ParameterException(
          command.commandLine(), Messages.leaseWithoutLock("strata " + command.name()));
    }
  }
}
