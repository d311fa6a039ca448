package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The targets of a start with nothing pending: time above the floor, against Flyway, warm. A start
 * {@linkplain AboveFloor#atFloor() at the floor} meets each of them, and the verdict says so.
 */
final class StartupGoals {

  private static final String MET_AT_THE_FLOOR = "met: " + AboveFloor.AT_THE_FLOOR;

  private StartupGoals() {}

  /** A cold start's time above the floor on {@code database}, at most {@code limitMillis}. */
  static Goal coldOverFloor(String database, double limitMillis) {
    return (cells, sizes) -> {
      int n = Goal.largest(sizes);
      String target =
          "Cold no-op start, "
              + n
              + " applied, "
              + database
              + ", above the floor: ≤ "
              + Format.millis(limitMillis);
      Optional<AboveFloor> strata =
          cells.aboveFloor(Labels.COLD, database, n, StartupSection.STRATA);
      if (strata.isEmpty()) {
        return Goal.notMeasured(target, database + " did not run");
      }
      AboveFloor over = strata.get();
      return List.of(
          target,
          "Strata "
              + over.tool().cell()
              + " − floor "
              + over.floor().cell()
              + " = **"
              + over.text()
              + "**",
          over.atFloor() ? MET_AT_THE_FLOOR : Goal.verdict(over.millis() <= limitMillis));
    };
  }

  /**
   * Flyway's cold time above the floor over Strata's, at least {@code factor} on {@code judged};
   * the other databases shown beside it.
   */
  static Goal flywayAboveFloor(String judged, double factor) {
    return (cells, sizes) -> {
      int n = Goal.largest(sizes);
      String target =
          "Flyway's time above the floor ÷ Strata's, cold, "
              + n
              + " applied, "
              + judged
              + ": ≥ "
              + String.format(Locale.ROOT, "%.0f×", factor);
      List<String> shown = new ArrayList<>();
      String verdict = null;
      for (String database : Labels.COLD_DATABASES) {
        Optional<AboveFloor> strata =
            cells.aboveFloor(Labels.COLD, database, n, StartupSection.STRATA);
        Optional<AboveFloor> flyway =
            cells.aboveFloor(Labels.COLD, database, n, StartupSection.FLYWAY);
        if (strata.isEmpty() || flyway.isEmpty()) {
          continue;
        }
        String text =
            AboveFloor.factor(StartupSection.FLYWAY, flyway.get(), strata.get())
                + " (Flyway "
                + Format.millis(flyway.get().millis())
                + ", Strata "
                + Format.millis(strata.get().millis())
                + ")";
        boolean isJudged = database.equals(judged);
        shown.add(database + ": " + (isJudged ? "**" + text + "**" : text));
        if (isJudged) {
          verdict = verdict(flyway.get(), strata.get(), factor);
        }
      }
      if (verdict == null) {
        return Goal.notMeasured(target, judged + " did not run");
      }
      return List.of(target, String.join("; ", shown), verdict);
    };
  }

  private static String verdict(AboveFloor flyway, AboveFloor strata, double factor) {
    if (flyway.atFloor()) {
      // Flyway at the floor too: no factor of noise over noise judges anything
      return "not decidable: Flyway " + AboveFloor.AT_THE_FLOOR;
    }
    if (strata.atFloor()) {
      return MET_AT_THE_FLOOR;
    }
    return Goal.verdict(flyway.millis() >= factor * strata.millis());
  }

  /** A warm start on H2 in memory, at most {@code factor} times the floor. */
  static Goal warmOverFloor(double factor) {
    return (cells, sizes) -> {
      int n = Goal.largest(sizes);
      String database = Labels.H2_MEMORY;
      String target =
          "Warm no-op start, "
              + n
              + " applied, "
              + database
              + ": ≤ "
              + String.format(Locale.ROOT, "%.0f×", factor)
              + " the floor";
      Optional<AboveFloor> strata =
          cells.aboveFloor(Labels.WARM, database, n, StartupSection.STRATA);
      if (strata.isEmpty()) {
        return Goal.notMeasured(target, "no warm start");
      }
      AboveFloor over = strata.get();
      double strataMillis = over.tool().medianMillis();
      double floorMillis = over.floor().medianMillis();
      return List.of(
          target,
          "Strata "
              + over.tool().cell()
              + ", floor "
              + over.floor().cell()
              + ": **"
              + Format.ratio(strataMillis, floorMillis)
              + " the floor"
              + (over.atFloor() ? ", " + AboveFloor.AT_THE_FLOOR : "")
              + "**",
          over.atFloor() ? MET_AT_THE_FLOOR : Goal.verdict(strataMillis <= factor * floorMillis));
    };
  }
}
