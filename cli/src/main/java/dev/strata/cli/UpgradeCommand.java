package dev.strata.cli;

import picocli.CommandLine.Command;

/** {@code strata upgrade}: applies every pending migration. */
@Command(
    name = "upgrade",
    header = "Applies every pending migration.",
    description = {
      "Applies every pending migration, in order, each in its own transaction where the database"
          + " has transactional DDL, else undone on failure.",
      "Nothing pending is success. Several runs at once: one applies, the others wait for the"
          + " lock and then find nothing to do."
    })
final class UpgradeCommand extends LockingCommand {

  @Override
  public Integer call() {
    report(
        load().upgrade(),
        "Nothing to apply: the database is up to date.",
        migration ->
            "Applied " + Text.label(migration) + " in " + migration.executionMillis() + " ms");
    return ExitCodes.OK;
  }
}
