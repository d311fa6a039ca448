package dev.strata.maven;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.util.List;

/**
 * {@code strata:repair}: completes or clears the runs that did not finish (state FAILED), as {@code
 * Strata.repair} does; which only databases whose DDL commits at once (MySQL, MariaDB, H2) can
 * have. Run it with the code that started the run: {@code mvn compile strata:repair}. It repairs
 * every set's runs: with {@code -Dstrata.set} it runs only when no other set has one to repair.
 */
public final class RepairMojo extends DatabaseMojo {

  @Override
  void run(Strata strata) {
    String set = requestedSet(strata);
    if (set != null) {
      List<String> others =
          strata.status().failed().stream()
              .map(MigrationInfo::set)
              .filter(other -> !other.equals(set))
              .distinct()
              .sorted()
              .toList();
      if (!others.isEmpty()) {
        throw new IllegalArgumentException(
            "strata:repair repairs the unfinished runs of every set, and set"
                + (others.size() == 1 ? " " + others.get(0) + " has" : "s " + others + " have")
                + " some, not only set "
                + set
                + ": run it without -Dstrata.set to repair them all");
      }
    }
    report(
        strata::repair,
        "Nothing to repair: every run in the history finished",
        migration -> "Repaired " + migration.label() + ": " + migration.state());
  }
}
