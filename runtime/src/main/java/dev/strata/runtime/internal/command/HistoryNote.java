package dev.strata.runtime.internal.command;

import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.source.LoadedMigration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The comment that opens a {@link SqlScript}: it writes no history, so a DBA who runs it instead of
 * the upgrade or downgrade must know what records it, or that nothing can.
 */
final class HistoryNote {

  private HistoryNote() {}

  /**
   * @param withSteps the labels of the migrations that run hand-written steps, which the script
   *     names but cannot run: a baseline after it would record them as run
   */
  static String of(Direction direction, List<LoadedMigration> migrations, List<String> withSteps) {
    if (direction == Direction.DOWNGRADE) {
      return "-- It writes no history, which lists these versions as applied after it: let the"
          + " downgrade revert them.\n";
    }
    String again = "-- It writes no history: an upgrade after it would run these migrations again";
    List<String> baselines = baselines(migrations);
    if (!baselines.isEmpty() && !withSteps.isEmpty()) {
      return again
          + ". Let the upgrade run them: "
          + String.join(" and ", withSteps)
          + (withSteps.size() == 1 ? " runs" : " run")
          + " a hand-written step, Java code that the script only names, and a baseline after the"
          + " script would record it as run.\n";
    }
    if (baselines.isEmpty()) {
      // baseline adopts only a set the history knows nothing of
      return again
          + ", and only the upgrade records them in a database that has history. Let the upgrade"
          + " run them.\n";
    }
    return again
        + ". Let the upgrade run them, or run this on a database without history and then baseline "
        + String.join(" and ", baselines)
        + ".\n";
  }

  /**
   * {@code set main at version 2} for each set, at its last version here; none unless every set
   * starts at version 1, from a database without its history.
   */
  private static List<String> baselines(List<LoadedMigration> migrations) {
    // in the script's order: sets as they come, each version after the one before
    Map<String, Integer> first = new LinkedHashMap<>();
    Map<String, Integer> last = new LinkedHashMap<>();
    for (LoadedMigration migration : migrations) {
      first.putIfAbsent(migration.set(), migration.version());
      last.put(migration.set(), migration.version());
    }
    List<String> baselines = new ArrayList<>();
    for (Map.Entry<String, Integer> set : last.entrySet()) {
      if (first.get(set.getKey()) != 1) {
        return List.of();
      }
      baselines.add("set " + set.getKey() + " at version " + set.getValue());
    }
    return baselines;
  }
}
