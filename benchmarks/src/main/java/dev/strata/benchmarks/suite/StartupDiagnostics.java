package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.measure.ColdStart;
import dev.strata.benchmarks.measure.StartupBreakdown;
import dev.strata.benchmarks.profile.ClassLoadLog;
import dev.strata.benchmarks.profile.SampledProfile;
import dev.strata.benchmarks.profile.StackSampler;
import dev.strata.benchmarks.report.Format;
import dev.strata.benchmarks.report.Samples;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.tool.ToolKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where cold start time goes: the classes each tool loads, and Strata's start cut into phases. Runs
 * apart from the measured samples, since logging class loading slows a JVM down.
 */
final class StartupDiagnostics {

  private static final int BREAKDOWN_RUNS = 5;
  private static final int PROFILED_RUNS = 3;

  private final Harness harness;

  StartupDiagnostics(Harness harness) {
    this.harness = harness;
  }

  /**
   * One fresh JVM per tool with class loading logged; a line per tool and database in the results.
   */
  void classLoading(String database, ScenarioFiles files, PreparedDatabases databases)
      throws IOException {
    Files.createDirectories(harness.workspace().logs());
    for (ToolKind tool : StartupBenchmark.TOOLS) {
      Path log =
          harness
              .workspace()
              .logs()
              .resolve("classes-" + slug(database) + "-" + tool.name() + ".log");
      Files.deleteIfExists(log);
      harness.runTool(
          List.of(tool),
          databases.target(tool),
          files,
          ColdStart.class,
          List.of(),
          List.of("-Xlog:class+load=info:file=" + log));
      ClassLoadLog loads = ClassLoadLog.read(log);
      String origins =
          loads.byOrigin().entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
              .map(e -> e.getKey() + " " + e.getValue())
              .collect(Collectors.joining(", "));
      harness
          .results()
          .fact(
              "classes." + database + "." + tool.label(),
              loads.total() + " classes: " + loads.jdk() + " from the JDK; " + origins);
      harness
          .results()
          .fact("classCount." + database + "." + tool.label(), Integer.toString(loads.total()));
    }
  }

  /**
   * Samples the stack of a few cold Strata starts during {@code load()} and {@code upgrade()}, in
   * JVMs apart from the timed ones, and adds their counts up.
   */
  void profile(String database, ScenarioFiles files, Target target) throws IOException {
    List<Path> counts = new ArrayList<>();
    for (int run = 0; run < PROFILED_RUNS; run++) {
      Path file =
          harness.workspace().profiles().resolve("startup-" + slug(database) + "-" + run + ".txt");
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      harness.runTool(
          List.of(ToolKind.STRATA),
          target,
          files,
          StartupBreakdown.class,
          List.of(),
          List.of("-D" + StackSampler.PROPERTY + "=" + file));
      counts.add(file);
    }
    ProfileText.record(
        harness.results(),
        "startupProfile." + database,
        SampledProfile.read(counts),
        "load() and upgrade()");
  }

  private static String slug(String database) {
    return database.replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
  }

  /** Strata's cold start in phases, median of a few fresh JVMs. */
  void breakdown(String database, ScenarioFiles files, Target target) {
    List<Long> connect = new ArrayList<>();
    List<Long> load = new ArrayList<>();
    List<Long> upgrade = new ArrayList<>();
    for (int run = 0; run < BREAKDOWN_RUNS; run++) {
      var report =
          harness
              .runTool(ToolKind.STRATA, target, files, StartupBreakdown.class, List.of())
              .results();
      connect.add(report.one("connect"));
      load.add(report.one("load"));
      upgrade.add(report.one("upgrade"));
    }
    harness
        .results()
        .fact(
            "breakdown." + database + "." + files.scenario().size(),
            "| "
                + database
                + " | "
                + files.scenario().size()
                + " | "
                + Format.millis(new Samples(connect).medianMillis())
                + " | "
                + Format.millis(new Samples(load).medianMillis())
                + " | "
                + Format.millis(new Samples(upgrade).medianMillis())
                + " |");
  }
}
