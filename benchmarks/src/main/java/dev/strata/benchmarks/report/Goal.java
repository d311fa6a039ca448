package dev.strata.benchmarks.report;

import dev.strata.benchmarks.profile.OwnerCounts;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One target of the issue that the results judge: its wording, what was measured for it and the
 * verdict, or "not measured" where the run has no figure for it. A new benchmark adds its targets
 * by adding a goal to {@link TargetsSection#GOALS}.
 */
interface Goal {

  /** The row of the targets table: target, measured, verdict. */
  List<String> judge(Cells cells, List<Integer> sizes);

  static String verdict(boolean met) {
    return met ? "met" : "**missed**";
  }

  /**
   * The verdict of a missed target with where its time goes, from the profile kept as the fact
   * {@link Labels#ownersOf}; without that profile, the plain verdict says it is missing.
   */
  static String missed(Cells cells, String profile, Function<OwnerCounts, String> whereTimeGoes) {
    Optional<OwnerCounts> owners =
        cells.fact(Labels.ownersOf(profile)).map(OwnerCounts::decode).filter(o -> o.total() > 0);
    return verdict(false)
        + owners.map(o -> ": " + whereTimeGoes.apply(o)).orElse(" (no profile of it in this run)");
  }

  /** The largest N of the run, which the startup targets are stated for (1,000 in a full run). */
  static int largest(List<Integer> sizes) {
    return sizes.stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  static List<String> notMeasured(String target, String why) {
    return List.of(target, "not measured: " + why, Cells.NONE);
  }
}
