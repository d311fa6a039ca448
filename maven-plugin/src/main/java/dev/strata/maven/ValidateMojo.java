package dev.strata.maven;

import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationReport;

/**
 * {@code strata:validate}: fails when the history disagrees with the code (a changed checksum, a
 * migration applied but absent, a run that did not finish); changes nothing.
 */
public final class ValidateMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    // a ValidationException is a StrataException: the base fails the build with its report
    ValidationReport report = strata.validate();
    getLog().info(report.toString());
  }
}
