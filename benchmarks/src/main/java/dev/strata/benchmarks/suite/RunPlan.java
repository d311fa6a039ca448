package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.measure.Repetitions;
import java.util.List;

/**
 * How much to measure. The full plan fits a 2-core machine in about 20 minutes, with fewer runs
 * than a benchmark would like; the quick plan only checks that everything works.
 *
 * @param name shown in the results
 * @param startupSizes N for the startup and apply benchmarks
 * @param coldSamples fresh JVMs per tool, database and N
 * @param warm repetitions of a warm start
 * @param applyWarmups applications discarded before measuring, per JVM
 * @param applySamples applications measured, per JVM; halved at N = 1000
 * @param compileSizes numbers of view classes compiled
 * @param compileSamples fresh JVMs per compiler mode and size; one fewer at 5000 views
 * @param warmCompileSize N of the warm compilation series, 0 for none
 * @param incrementalVersions versions built one compilation at a time to check the chain
 * @param noChangeHistories history lengths (N views, N versions) of the builds with no change
 */
public record RunPlan(
    String name,
    List<Integer> startupSizes,
    int coldSamples,
    Repetitions warm,
    int applyWarmups,
    int applySamples,
    List<Integer> compileSizes,
    int compileSamples,
    int warmCompileSize,
    int incrementalVersions,
    List<Integer> noChangeHistories) {

  public static RunPlan full() {
    return new RunPlan(
        "full",
        List.of(10, 100, 1000),
        5,
        new Repetitions(5, 2000, 5, 2000, 30),
        1,
        4,
        List.of(100, 1000, 5000),
        3,
        1000,
        30,
        List.of(100, 1000));
  }

  public static RunPlan quick() {
    return new RunPlan(
        "quick",
        List.of(10, 100),
        2,
        new Repetitions(1, 200, 2, 200, 5),
        0,
        2,
        List.of(100),
        1,
        0,
        5,
        List.of(100));
  }

  /**
   * The processor's benchmarks alone, with few samples, to check the build cache while others share
   * the machine: a first build of 1,000 views, no-change builds against 100 and 1,000 versions.
   */
  public static RunPlan processor() {
    return new RunPlan(
        "processor",
        List.of(),
        1,
        new Repetitions(1, 200, 2, 200, 5),
        0,
        1,
        List.of(1000),
        2,
        0,
        0,
        List.of(100, 1000));
  }

  /**
   * The processor's first build alone: 1,000 views compiled from an empty snapshot folder, more
   * fresh JVMs per mode than {@link #processor()} gives it, after the check that the chain writer
   * still records what successive builds record.
   */
  public static RunPlan processorFirst() {
    return new RunPlan(
        "processor-first",
        List.of(),
        1,
        new Repetitions(1, 200, 2, 200, 5),
        0,
        1,
        List.of(1000),
        4,
        0,
        30,
        List.of());
  }

  /**
   * The build with no change against a 1,000-version history alone, clean and cached, with 3 JVMs
   * per mode: the slowest cells of {@link #processor()}, to compare the processor before and after
   * a change while others share the machine.
   */
  public static RunPlan noChange() {
    return new RunPlan(
        "no-change",
        List.of(),
        1,
        new Repetitions(1, 200, 2, 200, 5),
        0,
        1,
        List.of(),
        3,
        0,
        0,
        List.of(1000));
  }

  /**
   * Applying alone (section 4 of the results), Strata against raw JDBC on every database, with a
   * few more samples per cell than the full plan, to compare two builds of the runtime quickly.
   */
  public static RunPlan apply() {
    return apply(List.of(10, 100, 1000));
  }

  /** {@link #apply()} at these N only, smallest first. */
  public static RunPlan apply(List<Integer> sizes) {
    return new RunPlan(
        "apply",
        sizes.stream().sorted().toList(),
        1,
        new Repetitions(1, 200, 2, 200, 5),
        1,
        6,
        List.of(),
        1,
        0,
        0,
        List.of());
  }

  public static RunPlan named(String name) {
    return switch (name) {
      case "quick" -> quick();
      case "processor" -> processor();
      case "processor-first" -> processorFirst();
      case "no-change" -> noChange();
      case "apply" -> apply();
      default -> full();
    };
  }

  public int applySamples(int size) {
    return size >= 1000 ? Math.max(1, (applySamples + 1) / 2) : applySamples;
  }

  public int compileSamples(int size) {
    return size >= 5000 ? Math.max(1, compileSamples - 1) : compileSamples;
  }
}
