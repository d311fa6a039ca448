package dev.strata.maven;

import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;

/**
 * {@code strata:validate}: fails when the history disagrees with the code (a changed checksum, a
 * migration applied but absent, a run that did not finish) or when views were changed, dropped or
 * added by hand since Strata wrote them, naming each with its difference; changes nothing.
 */
public final class ValidateMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    // a ValidationException is a StrataException: the base fails the build with its report
    ValidationReport report = strata.validate();
    if (report.drifted()) {
      throw new ValidationException(
          "Views differ from what the migrations left:\n\n" + report, report);
    }
    getLog().info(report.toString());
  }
}
