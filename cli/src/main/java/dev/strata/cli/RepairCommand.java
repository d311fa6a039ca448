package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
final class RepairCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockOption lock;

  @Override
  public Integer call() {
    List<MigrationInfo> repaired =
        migrations.load(lock.apply(connection.configure(migrations.classLoader()))).repair();
    PrintWriter out = spec.commandLine().getOut();
    if (repaired.isEmpty()) {
      out.println("Nothing to repair: every run in the history finished.");
    }
    for (MigrationInfo migration : repaired) {
      out.println("Repaired " + Text.label(migration) + ": " + migration.state());
    }
    return ExitCodes.OK;
  }
}
