package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code strata:status}: every migration, applied or pending, of every set or of the one {@code
 * -Dstrata.set} names; changes nothing. Fails the goal, after the table, when a migration is FAILED
 * or CHANGED, as {@code strata status} exits with 1 then: such a migration stops every upgrade.
 */
public final class StatusMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) throws MojoFailureException {
    StatusReport report = strata.status();
    String set = requestedSet(strata);
    if (set != null) {
      report =
          new StatusReport(
              report.migrations().stream().filter(m -> m.set().equals(set)).toList(),
              report.running().stream().filter(run -> run.set().equals(set)).toList());
    }
    for (String line : report.toString().split("\n")) {
      getLog().info(line);
    }
    warnOfMissing(report);
    List<MigrationInfo> stopping = report.needingAttention();
    if (!stopping.isEmpty()) {
      throw new MojoFailureException(stopsUpgrades(stopping));
    }
  }

  /** What a FAILED or CHANGED migration means, and the goal that deals with it. */
  private static String stopsUpgrades(List<MigrationInfo> stopping) {
    StringBuilder message =
        new StringBuilder()
            .append(stopping.size())
            .append(stopping.size() == 1 ? " migration stops" : " migrations stop")
            .append(" strata:upgrade until someone acts:");
    for (MigrationInfo migration : stopping) {
      message.append("\n  ").append(migration.label()).append(" is ").append(migration.state());
      message.append(
          migration.state() == MigrationState.FAILED
              ? ": its run did not finish; mvn strata:repair completes or clears it"
              : ": edited after it was applied; mvn strata:validate shows the difference");
    }
    return message.toString();
  }

  /**
   * The status reports the migrations the build lacks without failing, as Flyway's info does: their
   * MISSING rows alone did not say that the next upgrade fails.
   */
  private void warnOfMissing(StatusReport report) {
    int missing = report.missing().size();
    if (missing == 0) {
      return;
    }
    String it = missing == 1 ? "it" : "them";
    getLog()
        .warn(
            missing
                + (missing == 1 ? " migration is" : " migrations are")
                + " MISSING: applied in the database, absent from this build. mvn strata:upgrade"
                + " and mvn strata:validate refuse "
                + it
                + ": deploy the code that applied "
                + it
                + ", or revert "
                + it
                + " with mvn strata:downgrade");
  }
}
