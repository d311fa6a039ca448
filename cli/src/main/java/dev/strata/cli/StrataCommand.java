package dev.strata.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code strata}: the top command, which only names the others. */
@Command(
    name = "strata",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Applies, reverts, checks and renders the migrations that Strata's annotation processor"
          + " generated from @View classes, loaded from the jars or class folders given with"
          + " --migrations."
    },
    subcommands = {
      StatusCommand.class,
      UpgradeCommand.class,
      DowngradeCommand.class,
      ValidateCommand.class,
      SqlCommand.class,
      BaselineCommand.class,
      RepairCommand.class,
      RefreshCommand.class
    })
final class StrataCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    // the registered commands, so that the list cannot leave one out
    List<String> commands = List.copyOf(spec.subcommands().keySet());
    throw new ParameterException(spec.commandLine(), Messages.missingCommand(commands));
  }
}
