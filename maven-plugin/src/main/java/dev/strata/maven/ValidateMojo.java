package dev.strata.maven;

import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import dev.strata.runtime.ValidationReport;

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
    ValidationReport report = set == null ? strata.validate() : strata.validate(set);
    if (report.drifted()) {
      String where =
          set == null ? "" : " (in every schema Strata manages, whichever set made them)";
      throw new ValidationException(
          "Views differ from what the migrations left" + where + ":\n\n" + report, report);
    }
    getLog().info(report.toString());
  }
}
