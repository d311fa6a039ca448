package dev.strata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata downgrade --to N}: reverts the migrations above a version. */
@Command(
    name = "downgrade",
    header = "Reverts the migrations above a version.",
    description = {
      "Reverts the applied migrations above version N, highest first, with their downgrade().",
      "Nothing above N is success."
    })
final class DowngradeCommand extends LockingCommand {

  @Mixin private SetOption setOption;

  @Option(
      names = "--to",
      paramLabel = "N",
      required = true,
      description =
          "The version to keep, from 0 (reverts every migration of the set) to the newest.")
  private int version;

  @Override
  public Integer call() {
    String target = set(setOption.requested());
    report(
        load().downgrade(target, version),
        "Nothing to revert: set " + target + " has nothing applied above version " + version + ".",
        migration -> "Reverted " + Text.label(migration));
    return ExitCodes.OK;
  }
}
