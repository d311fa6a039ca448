package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.report.Format;
import dev.strata.benchmarks.report.Samples;
import dev.strata.benchmarks.scenario.IncrementalHistory;
import dev.strata.benchmarks.scenario.Preparation;
import dev.strata.benchmarks.scenario.ScenarioBuilder;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * Prepares every scenario size for every tool (reusing what an earlier run prepared with the same
 * processor), then checks the recorded chain against successive real builds.
 */
final class ScenarioPreparation {

  private final Harness harness;

  ScenarioPreparation(Harness harness) {
    this.harness = harness;
  }

  void run() throws IOException {
    ScenarioBuilder builder = new ScenarioBuilder(harness.toolchain());
    for (int size : sizes()) {
      Progress.say("preparing the scenario of " + size + " views");
      Preparation preparation = builder.prepare(harness.scenario(size));
      harness
          .results()
          .fact(
              "preparation." + size,
              Format.millis(preparation.chainMillis())
                  + "|"
                  + Format.millis(preparation.compileMillis()));
    }
    if (harness.plan().incrementalVersions() > 0) {
      checkAgainstIncrementalBuilds();
    }
  }

  /**
   * The startup sizes and the histories of the processor's no-change builds, smallest first; and
   * the 100 views the incremental check compares with, when it runs.
   */
  private List<Integer> sizes() {
    Stream<Integer> checked =
        harness.plan().incrementalVersions() > 0 ? Stream.of(100) : Stream.empty();
    return Stream.concat(
            Stream.concat(
                harness.plan().startupSizes().stream(),
                harness.plan().noChangeHistories().stream()),
            checked)
        .distinct()
        .sorted()
        .toList();
  }

  private void checkAgainstIncrementalBuilds() throws IOException {
    int versions = harness.plan().incrementalVersions();
    Progress.say("checking the chain against " + versions + " successive builds");
    ScenarioFiles reference = harness.scenario(100);
    IncrementalHistory.Outcome outcome =
        new IncrementalHistory(harness.toolchain())
            .build(versions, harness.workspace().work().resolve("incremental"), reference);
    if (!outcome.identical()) {
      throw new IllegalStateException(
          "Successive builds recorded other snapshots than the prepared chain: the benchmark's"
              + " chain writer no longer matches the processor");
    }
    List<Long> steps = outcome.stepMillis();
    Samples lastFive =
        new Samples(
            steps.subList(Math.max(0, steps.size() - 5), steps.size()).stream()
                .map(ms -> ms * 1_000_000)
                .toList());
    harness
        .results()
        .fact(
            "incremental",
            "Literal check: "
                + versions
                + " successive compilations, each adding one view class, wrote snapshots byte for"
                + " byte identical to the recorded chain. In the harness's (warm) JVM the first"
                + " took "
                + steps.get(0)
                + " ms and the last five "
                + lastFive.cell()
                + "; each one re-reads the whole chain and regenerates every migration, so"
                + " building 1000 versions this way would take roughly the sum of a series"
                + " growing with the version number.");
  }
}
