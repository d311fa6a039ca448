package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.MigrationState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Says why drift was not looked for, naming the runs that did not finish, of any set, and what
 * settles each: {@code validate()} reports it, and a start that fails on drift refuses with it.
 */
public final class DriftNotLookedFor {

  private DriftNotLookedFor() {}

  /** A paragraph: the reason, then one line per run. */
  public static String because(List<MigrationInfo> unfinished) {
    return "Drift was not looked for: the views of a run that did not finish are neither as the"
        + " history records them nor as the run would record them, and no view can be told from"
        + " one changed by hand until the run has finished or been repaired:"
        + unfinished.stream().map(DriftNotLookedFor::line).collect(Collectors.joining());
  }

  private static String line(MigrationInfo run) {
    return "\n    "
        + run.label()
        + (run.state() == MigrationState.RUNNING
            ? ": being run now; look again once it has finished."
            // a set this application does not load is another's to repair: say whose
            : ": did not finish; repair it (repair(), strata repair) with set "
                + run.set()
                + " loaded, as the application that migrates that set loads it.");
  }
}
