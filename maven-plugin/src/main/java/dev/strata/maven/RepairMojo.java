package dev.strata.maven;

import dev.strata.runtime.Strata;

/**
 * {@code strata:repair}: completes or clears the runs that did not finish (state FAILED), as {@code
 * Strata.repair} does; which only databases whose DDL commits at once (MySQL, MariaDB, H2) can
 * have. Run it with the code that started the run: {@code mvn compile strata:repair}.
 */
public final class RepairMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    report(
        strata::repair,
        "Nothing to repair: every run in the history finished",
        migration -> "Repaired " + label(migration) + ": " + migration.state());
  }
}
