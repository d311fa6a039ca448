package dev.strata.benchmarks.report;

import java.util.List;
import java.util.Optional;

/**
 * The processor's targets: what it adds to javac on a first build and on a build with no change.
 */
final class BuildGoals {

  private static final int VIEWS = 1000;

  private BuildGoals() {}

  /** A first build of 1,000 views: Strata adds at most {@code share} of javac's time. */
  static Goal firstBuild(double share) {
    return (cells, sizes) ->
        added(
            cells,
            Labels.FIRST_BUILD,
            "profile.first-" + VIEWS,
            "Processor on " + VIEWS + " views, first build, over javac alone: ≤ +",
            share,
            "no first build of " + VIEWS + " views in this run");
  }

  /**
   * A build with no change of 1,000 views against a 1,000-version history: at most {@code share} of
   * javac's time; recorded under {@link Labels#NO_CHANGE_LONG_HISTORY} by the benchmark of long
   * histories.
   */
  static Goal noChangeLongHistory(double share) {
    return (cells, sizes) ->
        added(
            cells,
            Labels.NO_CHANGE_LONG_HISTORY,
            "profile.history-" + VIEWS + "-cached",
            "Processor, build with no change, "
                + VIEWS
                + " views and a "
                + VIEWS
                + "-version history: ≤ +",
            share,
            "no measurement under \"" + Labels.NO_CHANGE_LONG_HISTORY + "\" in this run");
  }

  private static List<String> added(
      Cells cells, String build, String profile, String wording, double share, String missing) {
    String target = wording + Format.percent(share) + " of javac";
    Optional<Double> plain = cells.median(Labels.COMPILE, build, VIEWS, Labels.PLAIN_JAVAC);
    Optional<Double> with = cells.median(Labels.COMPILE, build, VIEWS, Labels.JAVAC_WITH_STRATA);
    if (plain.isEmpty() || with.isEmpty()) {
      return Goal.notMeasured(target, missing);
    }
    double added = (with.get() - plain.get()) / plain.get();
    // the time inside the processor's init and process, as the harness timed it
    Optional<Double> inside = cells.median(Labels.COMPILE, build, VIEWS, Labels.INSIDE_PROCESSOR);
    Optional<Double> filer = cells.median(Labels.COMPILE, build, VIEWS, Labels.INSIDE_FILER);
    return List.of(
        target,
        "javac "
            + Format.millis(plain.get())
            + ", with Strata "
            + Format.millis(with.get())
            + ": **+"
            + Format.percent(added)
            + "**",
        added <= share || inside.isEmpty()
            ? Goal.verdict(added <= share)
            : Goal.missed(
                cells,
                profile,
                owners ->
                    TimeSplit.processor(owners, with.get() - plain.get(), inside.get())
                        + filer
                            .map(f -> "; timed, the Filer's calls took " + Format.millis(f))
                            .orElse("")));
  }
}
