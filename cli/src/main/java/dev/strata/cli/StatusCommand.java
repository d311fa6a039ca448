package dev.strata.cli;

import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code strata status}: every migration, applied or not; changes nothing. */
@Command(
    name = "status",
    header = "Shows which migrations are applied and which are pending.",
    description = {
      "Lists every migration of the code and of the history table: APPLIED, PENDING, RUNNING"
          + " (another instance is applying or reverting it now: the lines below the table say"
          + " who and since when), FAILED (a run that did not finish and whose process is gone:"
          + " see repair), MISSING (applied, but absent from the code), or CHANGED (applied, then"
          + " edited in the code: see validate).",
      "Exits with 1 when a migration is FAILED or CHANGED, since upgrade would not start; a"
          + " RUNNING one is no failure (exit 0): upgrade waits for it. A MISSING one is shown,"
          + " not failed (exit 0, as Flyway's info): a note on standard error says that upgrade"
          + " and validate refuse it.",
      "With --set, that set alone. Takes no lock, creates and changes nothing; --lock-timeout"
          + " bounds how long it waits for a database out of reach for a moment."
    })
final class StatusCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private HelpOption help;
  @Mixin private ConnectionOptions connection;
  @Mixin private MigrationOptions migrations;
  @Mixin private LockTimeoutOption lockTimeout;
  @Mixin private NoLeaseOption noLease;

  @Option(names = "--json", description = "Print the status as JSON, for scripts.")
  private boolean json;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "Show this migration set alone; every set when left out.")
  private String set;

  @Override
  public Integer call() {
    noLease.refuse();
    // without the code's migrations every applied one would show as MISSING: a wrong -m, not news
    Strata strata =
        connection.checked(
            migrations.load(lockTimeout.apply(connection.configure(migrations.classLoader()))));
    StatusReport report = set == null ? strata.status() : ofSet(strata, set);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StatusJson.of(report));
    } else if (report.migrations().isEmpty()) {
      out.println("No migrations: the code has none and the history table records none.");
    } else {
      out.print(report);
      out.flush();
      noteMissing(report);
    }
    return report.needingAttention().isEmpty() ? ExitCodes.OK : ExitCodes.FAILURE;
  }

  /**
   * Says that the migrations the code lacks stop upgrade and validate: the status itself, like
   * Flyway's info, reports them without failing, and the MISSING rows alone did not say that the
   * next upgrade fails.
   */
  private void noteMissing(StatusReport report) {
    int missing = report.missing().size();
    if (missing == 0) {
      return;
    }
    String it = missing == 1 ? "it" : "them";
    spec.commandLine()
        .getErr()
        .println(
            missing
                + (missing == 1 ? " migration is" : " migrations are")
                + " MISSING: applied in the database, absent from this code. strata upgrade and"
                + " strata validate refuse "
                + it
                + " (exit code 1): deploy the code that applied "
                + it
                + ", or revert "
                + it
                + " with strata downgrade.");
  }

  /** The status of {@code set} alone, as {@code strata:status -Dstrata.set} shows it. */
  private static StatusReport ofSet(Strata strata, String set) {
    if (!strata.sets().contains(set)) {
      throw new IllegalArgumentException(
          "No migration set " + set + " is loaded; the loaded sets are " + strata.sets());
    }
    StatusReport all = strata.status();
    return new StatusReport(
        all.migrations().stream().filter(m -> m.set().equals(set)).toList(),
        all.running().stream().filter(run -> run.set().equals(set)).toList());
  }
}
