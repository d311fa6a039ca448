package dev.strata.benchmarks;

import dev.strata.benchmarks.suite.RunPlan;
import dev.strata.benchmarks.suite.Suite;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs every benchmark and writes {@code benchmarks/RESULTS.md}. Arguments: the {@code benchmarks/}
 * folder, then {@code --quick} to only check that everything works, {@code --report} to write the
 * results file again from the raw results the last run saved in {@code target/}, or {@code
 * --processor} to measure the processor alone and print its figures, {@code --processor-first} its
 * first build alone, {@code --no-change} for only its builds with no change against the
 * 1,000-version history, or {@code --apply} to measure applying alone (Strata and raw JDBC on every
 * database; {@code --sizes=10,100} for those N only) and print its figures.
 *
 * <pre>{@code
 * java -cp benchmarks/target/classes:benchmarks/target/lib/* \
 *     dev.strata.benchmarks.BenchmarkSuite benchmarks
 * }</pre>
 */
public final class BenchmarkSuite {

  private BenchmarkSuite() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println(
          "Usage: BenchmarkSuite <benchmarks folder> [--quick | --report | --processor | --processor-first | --no-change | --apply [--sizes=10,100]]");
      System.exit(2);
    }
    List<String> options = Arrays.asList(args).subList(1, args.length);
    if (options.contains("--report")) {
      Suite.reportAgain(Path.of(args[0]).toAbsolutePath().normalize());
      return;
    }
    Path module = Path.of(args[0]).toAbsolutePath().normalize();
    if (options.contains("--apply")) {
      // --sizes=10,100 measures those N only: the 1,000-view scenario takes long to prepare
      List<Integer> sizes =
          options.stream()
              .filter(option -> option.startsWith("--sizes="))
              .findFirst()
              .map(
                  option ->
                      Arrays.stream(option.substring("--sizes=".length()).split(","))
                          .map(Integer::valueOf)
                          .toList())
              .orElse(List.of(10, 100, 1000));
      new Suite(module, RunPlan.apply(sizes)).runApply();
      return;
    }
    if (options.contains("--processor")) {
      new Suite(module, RunPlan.processor()).runProcessor();
      return;
    }
    if (options.contains("--processor-first")) {
      new Suite(module, RunPlan.processorFirst()).runProcessor();
      return;
    }
    if (options.contains("--no-change")) {
      new Suite(module, RunPlan.noChange()).runProcessor();
      return;
    }
    new Suite(module, options.contains("--quick") ? RunPlan.quick() : RunPlan.full()).run();
  }
}
