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
  }
}
