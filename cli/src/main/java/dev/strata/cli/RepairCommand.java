package dev.strata.cli;

import dev.strata.runtime.Strata;
import picocli.CommandLine.Command;

/** {@code strata repair}: deals with the runs that did not finish. */
@Command(
    name = "repair",
    header = "Completes or clears the runs that did not finish.",
    description = {
      "Deals with the runs that did not finish (state FAILED), which only databases whose DDL"
          + " commits at once (MySQL, MariaDB, H2) can have:",
      "a run whose process died is completed, with the code that started it; a run whose undo"
          + " failed, and which was then undone by hand as its error said, is cleared.",
      "Nothing to repair is success."
    })
final class RepairCommand extends LockingCommand {

  @Override
  public Integer call() {
    Strata strata = load();
    report(
        strata::repair,
        "Nothing to repair: every run in the history finished.",
        migration -> "Repaired " + migration.label() + ": " + migration.state());
    return ExitCodes.OK;
  }
}
