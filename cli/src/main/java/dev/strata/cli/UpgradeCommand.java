package dev.strata.cli;

import dev.strata.runtime.MigrationInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

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
final class UpgradeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockOption lock;

  @Override
  public Integer call() {
    List<MigrationInfo> applied =
        migrations.load(lock.apply(connection.configure(migrations.classLoader()))).upgrade();
    PrintWriter out = spec.commandLine().getOut();
    if (applied.isEmpty()) {
      out.println("Nothing to apply: the database is up to date.");
    }
    for (MigrationInfo migration : applied) {
      out.println(
          "Applied " + Text.label(migration) + " in " + migration.executionMillis() + " ms");
    }
    return ExitCodes.OK;
  }
}
