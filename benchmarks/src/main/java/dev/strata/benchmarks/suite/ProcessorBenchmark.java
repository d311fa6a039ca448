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
      compare(new Series(Labels.FIRST_BUILD, size, sources(size), null, 0, 1, jvms, 1, false));
    }
    for (int versions : harness.plan().noChangeHistories()) {
      for (boolean cached : List.of(false, true)) {
        Progress.say(
            "processor: no-change build against "
                + versions
                + " snapshots, "
                + (cached ? "with the cache of an earlier build" : "from an empty target/"));
        compare(noChange(versions, cached));
      }
    }
    int warmSize = harness.plan().warmCompileSize();
    if (warmSize > 0) {
      Progress.say("processor: warm JVM, " + warmSize + " views");
      compare(new Series(Labels.WARM_JVM, warmSize, sources(warmSize), null, 1, 2, 1, 1, false));
    }
  }

  /** The build with no change of N views against the N-version scenario. */
  Series noChange(int versions, boolean cached) {
    ScenarioFiles scenario = harness.scenario(versions);
    String label =
        versions == 100
            ? (cached ? Labels.NO_CHANGE_HISTORY_CACHED : Labels.NO_CHANGE_HISTORY)
            : (cached ? Labels.NO_CHANGE_LONG_HISTORY : Labels.NO_CHANGE_LONG_HISTORY_CLEAN);
    return new Series(
        label,
        versions,
        scenario.strataSources(),
        scenario.strataSnapshots(),
        0,
        1,
        harness.plan().compileSamples(versions),
        0,
        cached);
  }

  /** The sources of {@code size} view classes, written once and kept between runs. */
  Path sources(int size) throws IOException {
    Path folder = harness.workspace().scenarios().resolve("compile-" + size);
    if (Folders.files(folder, ".java").size() != size) {
      ViewSources.write(Folders.fresh(folder), size);
    }
    return folder;
  }

  private void compare(Series series) throws IOException {
    prime(series);
    List<Long> plain = new ArrayList<>();
    List<Long> strata = new ArrayList<>();
    List<Long> inside = new ArrayList<>();
    List<Long> filer = new ArrayList<>();
    for (int jvm = 0; jvm < series.jvms(); jvm++) {
      plain.addAll(compile(series, false).all("nanos"));
      Report report = compile(series, true);
      strata.addAll(report.all("nanos"));
      inside.addAll(report.all("processorNanos"));
      filer.addAll(report.all("filerNanos"));
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
    add(series, Labels.INSIDE_FILER, filer);
    forgetCache();
  }

  /** For a cached series, an earlier build with the processor that leaves its cache. */
  void prime(Series series) {
    if (series.cached()) {
      compile(series, true);
    }
  }

  /** Deletes the cache the compilations of a series left. */
  void forgetCache() throws IOException {
    Folders.deleteTree(compileWork());
  }

  private Path compileWork() {
    return harness.workspace().work().resolve("compile");
  }

  /** One JVM compiling the series' sources; {@code jvmOptions} adds a profiler, for instance. */
  Report compile(Series series, boolean processor, String... jvmOptions) {
    List<String> args =
        List.of(
            series.sources().toString(),
            compileWork().toString(),
            series.template() == null ? "-" : series.template().toString(),
            joined(toolchain.classpath()),
            processor ? joined(toolchain.processorPath()) : "-",
            Integer.toString(series.warmups()),
            Integer.toString(series.samplesPerJvm()),
            series.cached() ? Compile.KEEP_CACHE : "-");
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
   * @param cached whether the compilations find the cache an earlier one left beside the classes
   */
  record Series(
      String scenario,
      int size,
      Path sources,
      Path template,
      int warmups,
      int samplesPerJvm,
      int jvms,
      int expectedSnapshots,
      boolean cached) {}

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
