package dev.strata.maven;

import dev.strata.runtime.Strata;

/**
 * {@code strata:repair}: completes or clears the runs that did not finish (state FAILED), as {@code
 * Strata.repair} does; which only databases whose DDL commits at once (MySQL, MariaDB, H2) can
 * have. Run it with the code that started the run: {@code mvn compile strata:repair}. With {@code
 * -Dstrata.set} it repairs that set's runs alone, as {@code strata repair --set} does.
 */
public final class RepairMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    String set = requestedSet(strata);
    report(
        set == null ? strata::repair : () -> strata.repair(set),
        set == null
            ? "Nothing to repair: every run in the history finished"
            : "Nothing to repair in set " + set + ": every run of it finished",
        migration -> "Repaired " + migration.label() + ": " + migration.state());
  }
}
