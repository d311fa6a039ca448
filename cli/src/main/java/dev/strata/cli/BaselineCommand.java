package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata baseline --version N}: adopts a database whose views already exist. */
@Command(
    name = "baseline",
    header = "Adopts a database whose views already exist.",
    description = {
      "Adopts a database whose views already exist, as versions 1 to N would have made them:"
          + " records those versions as applied without running them.",
      "Strata cannot check that the views match. Refused if the history already has rows for"
          + " the set. Later upgrades start at N + 1."
    })
final class BaselineCommand extends LockingCommand {

  @Mixin private SetOption setOption;

  @Option(
      names = "--version",
      paramLabel = "N",
      required = true,
      description = "The version whose views the database already has.")
  private int version;

  @Override
  public Integer call() {
    String target = set(setOption.requested());
    List<MigrationInfo> recorded = load().baseline(target, version);
    PrintWriter out = out();
    for (MigrationInfo migration : recorded) {
      out.println("Recorded " + migration.label() + " as applied, without running it");
    }
    out.println("Set " + target + " is at version " + version + "; upgrade applies the rest.");
    return ExitCodes.OK;
  }
}
