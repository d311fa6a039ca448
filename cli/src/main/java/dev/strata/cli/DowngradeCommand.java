package dev.strata.cli;

import dev.strata.runtime.DataLossException;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code strata downgrade --to N}: reverts the migrations above a version, first saying which
 * tables and columns that drops with their data; such a downgrade runs only with {@code
 * --allow-data-loss}, as Flyway runs {@code clean} only when told to, since no backup step of
 * Strata's brings the data back.
 */
@Command(
    name = "downgrade",
    header = "Reverts the migrations above a version.",
    description = {
      "Reverts the applied migrations above version N, highest first, with their downgrade().",
      "Nothing above N is success.",
      "First prints the tables and columns the downgrade drops, with their rows and values: such a"
          + " downgrade runs only with --allow-data-loss. --dry-run prints that and the SQL, and"
          + " runs nothing; without --allow-data-loss it also says, on standard error, that the"
          + " downgrade itself would revert nothing. It takes no lock: --lock-lease is refused."
    })
final class DowngradeCommand extends LockingCommand {

  @Spec private CommandSpec spec;
  @Mixin private SetOption setOption;

  @Option(
      names = "--to",
      paramLabel = "N",
      required = true,
      description =
          "The version to keep, from 0 (reverts every migration of the set) to the newest.")
  private int version;

  @Option(
      names = "--allow-data-loss",
      description = "Revert even when the downgrade drops tables or columns and their data.")
  private boolean allowDataLoss;

  @Option(
      names = "--dry-run",
      description =
          "Print the data the downgrade would drop and its SQL, and whether it would run without"
              + " --allow-data-loss; run nothing.")
  private boolean dryRun;

  @Override
  public Integer call() {
    // a dry run reads without the lock: a lease would be accepted and ignored
    if (dryRun && spec.commandLine().getParseResult().hasMatchedOption(NoLeaseOption.NAME)) {
      throw new ParameterException(
          spec.commandLine(), Messages.leaseWithoutLock("strata downgrade --dry-run"));
    }
    String target = set(setOption.requested());
    Strata strata = load();
    PrintWriter out = out();
    if (dryRun || allowDataLoss) {
      List<DroppedData> dropped = strata.downgradeDrops(target, version);
      if (!dropped.isEmpty()) {
        out.println(DowngradeWording.drops(dropped));
        out.flush();
      }
      if (dryRun) {
        // what the same command without --dry-run does, which the flag decides
        if (!dropped.isEmpty() && !allowDataLoss) {
          spec.commandLine().getErr().println(DowngradeWording.wouldNotRevert(version));
        }
        out.print(strata.downgradeSql(target, version));
        out.flush();
        return ExitCodes.OK;
      }
    }
    report(
        allowDataLoss ? () -> strata.downgrade(target, version) : () -> keepingData(strata, target),
        "Nothing to revert: set " + target + " has nothing applied above version " + version + ".",
        migration -> "Reverted " + migration.label());
    return ExitCodes.OK;
  }

  /**
   * The downgrade, refused if it drops data: checked under the migration lock, since another run
   * may apply migrations that drop data while this one waits for it.
   */
  private List<MigrationInfo> keepingData(Strata strata, String target) {
    try {
      return strata.downgradeKeepingData(target, version);
    } catch (DataLossException e) {
      out().println(DowngradeWording.drops(e.dropped()));
      throw new ParameterException(spec.commandLine(), DowngradeWording.notAllowed(version));
    }
  }
}
