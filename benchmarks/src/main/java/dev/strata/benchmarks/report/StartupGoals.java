package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The targets of a start with nothing pending: time above the floor, against Flyway, warm. */
final class StartupGoals {

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
      Optional<Double> strata = cells.median(Labels.COLD, database, n, StartupSection.STRATA);
      Optional<Double> floor = cells.median(Labels.COLD, database, n, StartupSection.FLOOR);
      if (strata.isEmpty() || floor.isEmpty()) {
        return Goal.notMeasured(target, database + " did not run");
      }
      double over = strata.get() - floor.get();
      return List.of(
          target,
          "Strata "
              + Format.millis(strata.get())
              + " − floor "
              + Format.millis(floor.get())
              + " = **"
              + Format.millis(over)
              + "**",
          Goal.verdict(over <= limitMillis));
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
      Double judgedFactor = null;
      for (String database : Labels.COLD_DATABASES) {
        Optional<Double> value = aboveFloorFactor(cells, database, n);
        if (value.isPresent()) {
          String text = String.format(Locale.ROOT, "%.1f×", value.get());
          shown.add(database + ": " + (database.equals(judged) ? "**" + text + "**" : text));
          judgedFactor = database.equals(judged) ? value.get() : judgedFactor;
        }
      }
      if (judgedFactor == null) {
        return Goal.notMeasured(target, judged + " did not run");
      }
      return List.of(target, String.join("; ", shown), Goal.verdict(judgedFactor >= factor));
    };
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
      Optional<Double> strata = cells.median(Labels.WARM, database, n, StartupSection.STRATA);
      Optional<Double> floor = cells.median(Labels.WARM, database, n, StartupSection.FLOOR);
      if (strata.isEmpty() || floor.isEmpty()) {
        return Goal.notMeasured(target, "no warm start");
      }
      return List.of(
          target,
          "Strata "
              + Format.millis(strata.get())
              + ", floor "
              + Format.millis(floor.get())
              + ": **"
              + Format.ratio(strata.get(), floor.get())
              + "**",
          Goal.verdict(strata.get() <= factor * floor.get()));
    };
  }

  private static Optional<Double> aboveFloorFactor(Cells cells, String database, int n) {
    Optional<Double> strata = cells.median(Labels.COLD, database, n, StartupSection.STRATA);
    Optional<Double> floor = cells.median(Labels.COLD, database, n, StartupSection.FLOOR);
    Optional<Double> flyway = cells.median(Labels.COLD, database, n, StartupSection.FLYWAY);
    if (strata.isEmpty() || floor.isEmpty() || flyway.isEmpty()) {
      return Optional.empty();
    }
    // a start at or under the floor leaves nothing to divide by: the factor is unbounded
    double strataOver = Math.max(strata.get() - floor.get(), 0.01);
    return Optional.of((flyway.get() - floor.get()) / strataOver);
  }
}
