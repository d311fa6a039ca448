package dev.strata.maven;

import dev.strata.runtime.StatusReport;
import dev.strata.runtime.Strata;

/**
 * {@code strata:status}: every migration, applied or pending, of every set or of the one {@code
 * -Dstrata.set} names; changes nothing.
 */
public final class StatusMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
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
