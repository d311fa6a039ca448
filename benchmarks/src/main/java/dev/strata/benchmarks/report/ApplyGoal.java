package dev.strata.benchmarks.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Applying N migrations within a factor of raw JDBC on one database, at every N of the run. */
final class ApplyGoal {

  private ApplyGoal() {}

  static Goal withinRaw(String database, double factor) {
    return (cells, sizes) -> {
      String target =
          "Applying N views ÷ raw JDBC, "
              + database
              + ": ≤ "
              + String.format(Locale.ROOT, "%.1f×", factor)
              + " at N = "
              + String.join(", ", sizes.stream().map(String::valueOf).toList());
      List<String> ratios = new ArrayList<>();
      double worst = 0;
      for (int size : sizes) {
        Optional<Double> strata = cells.median(Labels.APPLY, database, size, "Strata");
        Optional<Double> raw = cells.median(Labels.APPLY, database, size, ApplySection.RAW);
        if (strata.isPresent() && raw.isPresent()) {
          worst = Math.max(worst, strata.get() / raw.get());
          ratios.add("N=" + size + ": " + Format.ratio(strata.get(), raw.get()));
        }
      }
      if (ratios.size() < sizes.size()) {
        return Goal.notMeasured(target, database + " did not run at every N");
      }
      if (worst <= factor) {
        return List.of(target, String.join("; ", ratios), Goal.verdict(true));
      }
      int n = Goal.largest(sizes);
      double strata = cells.median(Labels.APPLY, database, n, "Strata").orElseThrow();
      double raw = cells.median(Labels.APPLY, database, n, ApplySection.RAW).orElseThrow();
      return List.of(
          target,
          String.join("; ", ratios),
          Goal.missed(
              cells,
              "applyProfile." + database,
              owners -> TimeSplit.applying(owners, n, strata, raw)));
    };
  }
}
