package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code strata upgrade [--to N]}: applies the pending migrations, all or up to a version. */
@Command(
    name = "upgrade",
    header = "Applies every pending migration, or those up to a version.",
    description = {
      "Applies every pending migration, in order, each in its own transaction where the database"
          + " has transactional DDL, else undone on failure.",
      "With --to N, applies those of one set up to version N only, like Flyway's target; a set"
          + " already at N or above is left as it is.",
      "Nothing pending is success. Several runs at once: one applies, the others wait for the"
          + " lock and then find nothing to do."
    })
final class UpgradeCommand extends LockingCommand {

  @Mixin private SetOption setOption;

  @Option(
      names = "--to",
      paramLabel = "N",
      description = "The version to stop at, from 0 to the newest; --set names its set.")
  private Integer target;

  @Override
  public Integer call() {
    report(
        applied(),
        "Nothing to apply: the database is up to date"
            + (target == null ? "." : " up to version " + target + "."),
        migration ->
            "Applied " + Text.label(migration) + " in " + migration.executionMillis() + " ms");
    return ExitCodes.OK;
  }

  private List<MigrationInfo> applied() {
    Strata strata = load();
    return target == null ? strata.upgrade() : strata.upgrade(set(setOption.requested()), target);
  }
}
