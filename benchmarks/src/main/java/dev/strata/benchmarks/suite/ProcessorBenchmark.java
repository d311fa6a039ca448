package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.fork.Report;
import dev.strata.benchmarks.measure.Compile;
import dev.strata.benchmarks.report.Labels;
import dev.strata.benchmarks.report.Measurement;
import dev.strata.benchmarks.report.Samples;
import dev.strata.benchmarks.scenario.Folders;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.scenario.Toolchain;
import dev.strata.benchmarks.scenario.ViewSources;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The processor's cost: the same view classes compiled by javac with and without Strata's
 * processor, each compilation in a fresh JVM as in a build tool's first compile, the two modes
 * taking turns.
 */
final class ProcessorBenchmark {

  private final Harness harness;
  private final Toolchain toolchain;

  ProcessorBenchmark(Harness harness) {
    this.harness = harness;
    this.toolchain = harness.toolchain();
  }

  void run() throws IOException {
    for (int size : harness.plan().compileSizes()) {
      Progress.say("processor: first build of " + size + " views");
      int jvms = harness.plan().compileSamples(size);
      compare(new Series(Labels.FIRST_BUILD, size, sources(size), null, 0, 1, jvms, 1));
    }
    Progress.say("processor: no-change build against 100 snapshots");
    ScenarioFiles hundred = harness.scenario(100);
    int jvms = harness.plan().compileSamples(100);
    compare(
        new Series(
            Labels.NO_CHANGE_HISTORY,
            100,
            hundred.strataSources(),
            hundred.strataSnapshots(),
            0,
            1,
            jvms,
            0));
    int warmSize = harness.plan().warmCompileSize();
    if (warmSize > 0) {
      Progress.say("processor: warm JVM, " + warmSize + " views");
      compare(new Series(Labels.WARM_JVM, warmSize, sources(warmSize), null, 1, 2, 1, 1));
    }
  }

  /** The sources of {@code size} view classes, written once and kept between runs. */
  Path sources(int size) throws IOException {
    Path folder = harness.workspace().scenarios().resolve("compile-" + size);
    if (Folders.files(folder, ".java").size() != size) {
      ViewSources.write(Folders.fresh(folder), size);
    }
    return folder;
  }

  private void compare(Series series) {
    List<Long> plain = new ArrayList<>();
    List<Long> strata = new ArrayList<>();
    List<Long> inside = new ArrayList<>();
    for (int jvm = 0; jvm < series.jvms(); jvm++) {
      plain.addAll(compile(series, false).all("nanos"));
      Report report = compile(series, true);
      strata.addAll(report.all("nanos"));
      inside.addAll(report.all("processorNanos"));
      for (long written : report.all("snapshotsWritten")) {
        if (written != series.expectedSnapshots()) {
          throw new IllegalStateException(
              series.scenario() + ": the processor wrote " + written + " snapshots");
        }
      }
    }
    add(series, Labels.PLAIN_JAVAC, plain);
    add(series, Labels.JAVAC_WITH_STRATA, strata);
    add(series, Labels.INSIDE_PROCESSOR, inside);
  }

  /** One JVM compiling the series' sources; {@code jvmOptions} adds a profiler, for instance. */
  Report compile(Series series, boolean processor, String... jvmOptions) {
    List<String> args =
        List.of(
            series.sources().toString(),
            harness.workspace().work().resolve("compile").toString(),
            series.template() == null ? "-" : series.template().toString(),
            joined(toolchain.classpath()),
            processor ? joined(toolchain.processorPath()) : "-",
            Integer.toString(series.warmups()),
            Integer.toString(series.samplesPerJvm()));
    ForkedJvm.Outcome outcome = harness.run(Compile.class, List.of(jvmOptions), args);
    return outcome.results();
  }

  private void add(Series series, String variant, List<Long> nanos) {
    Measurement measurement =
        new Measurement(
            Labels.COMPILE,
            series.scenario(),
            series.size(),
            variant,
            new Samples(nanos),
            Optional.empty());
    harness.results().add(measurement);
  }

  /**
   * One comparison of the two compiler modes.
   *
   * @param scenario its name in the results
   * @param size the number of view classes
   * @param sources the folder of view classes
   * @param template the snapshot folder each compilation starts from, null for none
   * @param warmups compilations discarded in each JVM
   * @param samplesPerJvm compilations measured in each JVM
   * @param jvms JVMs per mode
   * @param expectedSnapshots snapshots the processor must write per compilation
   */
  record Series(
      String scenario,
      int size,
      Path sources,
      Path template,
      int warmups,
      int samplesPerJvm,
      int jvms,
      int expectedSnapshots) {}

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
