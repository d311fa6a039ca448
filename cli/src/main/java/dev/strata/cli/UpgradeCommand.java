package dev.strata.cli;

import dev.strata.runtime.DataLossException;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Strata;
import dev.strata.runtime.UnknownMigrations;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code strata upgrade [--to N]}: applies the pending migrations, all or up to a version. */
@Command(
    name = "upgrade",
    header = "Applies every pending migration, or those up to a version.",
    description = {
      "Applies every pending migration, in order, each in its own transaction where the database"
          + " has transactional DDL, else undone on failure.",
      "With --to N, applies those of one set up to version N only, like Flyway's target; a set"
          + " already at N or above is left as it is. With --set alone, every pending migration"
          + " of that set.",
      "Nothing pending is success. Several runs at once: one applies, the others wait for the"
          + " lock and then find nothing to do.",
      "Migrations the database has applied and this build lacks (a rollback to an older build)"
          + " are refused, unless --revert-unknown reverts them first from the downgrades the"
          + " history stored when they were applied; one that drops tables or columns needs"
          + " --allow-data-loss too.",
      "--fail-on-drift refuses to apply anything when views were changed, dropped or added by"
          + " hand since Strata wrote them (see validate)."
    })
final class UpgradeCommand extends LockingCommand {

  @Mixin private SetOption setOption;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The version to stop at, from 0 to the newest; --set names its set.")
  private Integer target;

  @Option(
      names = "--revert-unknown",
      description =
          "Revert the migrations the database has applied and this build lacks, from the"
              + " downgrades the history stored, before applying.")
  private boolean revertUnknown;

  @Option(
      names = "--allow-data-loss",
      description =
          "Only with --revert-unknown: revert even what drops tables or columns and data.")
  private boolean allowDataLoss;

  @Option(
      names = "--fail-on-drift",
      description = "Apply nothing when views were changed, dropped or added by hand.")
  private boolean failOnDrift;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    if (allowDataLoss && !revertUnknown) {
      throw new ParameterException(spec.commandLine(), Messages.ALLOW_DATA_LOSS_ALONE);
    }
    Strata strata =
        load(
            configuration ->
                configuration.unknownMigrations(unknownMigrations()).failOnDrift(failOnDrift));
    report(
        refusingDataLoss(work(strata)),
        () -> nothingToApply(strata),
        migration ->
            migration.state() == MigrationState.APPLIED
                ? "Applied " + migration.label() + " in " + migration.executionMillis() + " ms"
                : "Reverted " + migration.label() + ", which this build lacks");
    return ExitCodes.OK;
  }

  private Supplier<List<MigrationInfo>> work(Strata strata) {
    String requested = setOption.requested();
    if (target != null) {
      String set = set(requested);
      return () -> strata.upgrade(set, target);
    }
    return requested == null ? strata::upgrade : () -> strata.upgrade(requested);
  }

  /**
   * What an upgrade that applied nothing says: with {@code --to} below the version the set is at,
   * that an upgrade never reverts, and what does. It said the database was "up to date up to
   * version 0" when it was at version 2.
   */
  private String nothingToApply(Strata strata) {
    if (target == null) {
      return "Nothing to apply: the database is up to date.";
    }
    String set = set(setOption.requested());
    int applied =
        strata.status().migrations().stream()
            .filter(m -> m.set().equals(set) && m.state() == MigrationState.APPLIED)
            .mapToInt(MigrationInfo::version)
            .max()
            .orElse(0);
    if (applied <= target) {
      return "Nothing to apply: the database is up to date up to version " + target + ".";
    }
    return "Nothing to apply: set "
        + set
        + " is at version "
        + applied
        + ", above --to "
        + target
        + ", and an upgrade never reverts; strata downgrade --to "
        + target
        + " --set "
        + set
        + " does.";
  }

  // the data a revert drops is checked under the migration lock, from the history as it is then
  private UnknownMigrations unknownMigrations() {
    if (!revertUnknown) {
      return UnknownMigrations.REFUSE;
    }
    return allowDataLoss ? UnknownMigrations.REVERT : UnknownMigrations.REVERT_KEEPING_DATA;
  }

  /** {@code work}, whose refusal to revert what drops data lists the data, as a usage error. */
  private Supplier<List<MigrationInfo>> refusingDataLoss(Supplier<List<MigrationInfo>> work) {
    return () -> {
      try {
        return work.get();
      } catch (DataLossException e) {
        out().println(DowngradeWording.drops(e.dropped()));
        throw new ParameterException(spec.commandLine(), DowngradeWording.revertNotAllowed());
      }
    };
  }
}
