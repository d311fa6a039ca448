package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;
import java.util.List;

/**
 * {@code strata:validate}: fails when the history disagrees with the code (a changed checksum, a
 * migration applied but absent, a run that did not finish) or when views were changed, dropped or
 * added by hand since Strata wrote them, naming each with its difference; changes nothing. With
 * {@code -Dstrata.set} it reports that set's problems alone; drift, which views carry no set to
 * tell apart, is looked for in every schema Strata manages.
 */
public final class ValidateMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    // a ValidationException is a StrataException: the base fails the build with its report
    String set = requestedSet(strata);
    ValidationReport report;
    try {
      report = strata.validate();
    } catch (ValidationException e) {
      if (set == null) {
        throw e;
      }
      report = e.report();
    }
    if (set != null) {
      report = ofSet(report, set, strata);
      if (!report.valid()) {
        throw new ValidationException(report);
      }
    }
    if (report.drifted()) {
      String where =
          set == null ? "" : " (in every schema Strata manages, whichever set made them)";
      throw new ValidationException(
          "Views differ from what the migrations left" + where + ":\n\n" + report, report);
    }
    getLog().info(report.toString());
  }

  /** {@code report} cut to the problems and runs of {@code set}, with that set's counts. */
  private static ValidationReport ofSet(ValidationReport report, String set, Strata strata) {
    List<MigrationInfo> migrations =
        strata.status().migrations().stream().filter(m -> m.set().equals(set)).toList();
    return new ValidationReport(
        report.problems().stream().filter(problem -> problem.set().equals(set)).toList(),
        count(migrations, MigrationState.APPLIED),
        count(migrations, MigrationState.PENDING),
        report.running().stream().filter(run -> run.set().equals(set)).toList(),
        report.drift());
  }

  private static int count(List<MigrationInfo> migrations, MigrationState state) {
    return (int) migrations.stream().filter(m -> m.state() == state).count();
  }
}
