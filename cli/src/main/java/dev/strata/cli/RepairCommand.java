package dev.strata.cli;

import dev.strata.runtime.Strata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code strata repair}: deals with the runs that did not finish. */
@Command(
    name = "repair",
    header = "Completes or clears the runs that did not finish.",
    description = {
      "Deals with the runs that did not finish (state FAILED), which only databases whose DDL"
          + " commits at once (MySQL, MariaDB, H2) can have:",
      "a run whose process died is completed, with the code that started it; a run whose undo"
          + " failed, and which was then undone by hand as its error said, is cleared.",
      "With --set, that set's runs alone: another set's stay as they are, for a repair with"
          + " that set's code.",
      "Nothing to repair is success."
    })
final class RepairCommand extends LockingCommand {

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "Repair this migration set's runs alone; every set's when left out.")
  private String set;

  @Override
  public Integer call() {
    Strata strata = load();
    report(
        set == null ? strata::repair : () -> strata.repair(set),
        set == null
            ? "Nothing to repair: every run in the history finished."
            : "Nothing to repair in set " + set + ": every run of it finished.",
        migration -> "Repaired " + migration.label() + ": " + migration.state());
    return ExitCodes.OK;
  }
}
