package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.measure.ColdStart;
import dev.strata.benchmarks.measure.WarmStart;
import dev.strata.benchmarks.report.Labels;
import dev.strata.benchmarks.report.Measurement;
import dev.strata.benchmarks.report.Samples;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.tool.ToolKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Starts with nothing pending, the case every application start pays: cold in a fresh JVM per
 * sample on prepared databases, and warm, repeated in one JVM.
 */
final class StartupBenchmark {

  static final List<ToolKind> MIGRATING_TOOLS =
      List.of(ToolKind.STRATA, ToolKind.FLYWAY, ToolKind.LIQUIBASE);
  static final List<ToolKind> TOOLS =
      List.of(ToolKind.FLOOR, ToolKind.STRATA, ToolKind.FLYWAY, ToolKind.LIQUIBASE);

  private final Harness harness;
  private final StartupDiagnostics diagnostics;

  StartupBenchmark(Harness harness) {
    this.harness = harness;
    this.diagnostics = new StartupDiagnostics(harness);
  }

  void run(List<Server> servers) throws Exception {
    for (int size : harness.plan().startupSizes()) {
      ScenarioFiles files = harness.scenario(size);
      Progress.say("startup, N = " + size + ": H2");
      PreparedDatabases h2 = PreparedDatabases.h2Files(harness, files);
      cold(Labels.H2_FILE, files, h2);
      diagnostics.breakdown(Labels.H2_FILE, files, h2.target(ToolKind.STRATA));
      if (size == largest()) {
        diagnostics.classLoading(Labels.H2_FILE, files, h2);
        diagnostics.profile(Labels.H2_FILE, files, h2.target(ToolKind.STRATA));
      }
      warm(Labels.H2_MEMORY, files, null);
      for (Server server : servers) {
        Progress.say("startup, N = " + size + ": " + server.label());
        try (PreparedDatabases prepared = PreparedDatabases.on(server, harness, files)) {
          cold(server.label(), files, prepared);
          diagnostics.breakdown(server.label(), files, prepared.target(ToolKind.STRATA));
          if (size == largest()) {
            diagnostics.classLoading(server.label(), files, prepared);
            diagnostics.profile(server.label(), files, prepared.target(ToolKind.STRATA));
          }
          warm(server.label(), files, prepared);
        }
      }
    }
  }

  private int largest() {
    return harness.plan().startupSizes().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /**
   * Fresh JVMs, the tools taking turns so that any drift of the machine touches them all alike; the
   * first round only warms the file cache and is not counted.
   */
  private void cold(String database, ScenarioFiles files, PreparedDatabases databases) {
    Map<ToolKind, List<Long>> times = new EnumMap<>(ToolKind.class);
    Map<ToolKind, List<Long>> walls = new EnumMap<>(ToolKind.class);
    for (int round = 0; round <= harness.plan().coldSamples(); round++) {
      for (ToolKind tool : TOOLS) {
        ForkedJvm.Outcome outcome =
            harness.runTool(tool, databases.target(tool), files, ColdStart.class, List.of());
        if (round > 0) {
          times.computeIfAbsent(tool, t -> new ArrayList<>()).add(outcome.results().one("nanos"));
          walls.computeIfAbsent(tool, t -> new ArrayList<>()).add(outcome.wallNanos());
        }
      }
    }
    for (ToolKind tool : TOOLS) {
      harness
          .results()
          .add(
              new Measurement(
                  Labels.COLD,
                  database,
                  files.scenario().size(),
                  tool.label(),
                  new Samples(times.get(tool)),
                  Optional.of(new Samples(walls.get(tool)))));
    }
  }

  /** {@code databases} null: an H2 in-memory database that each JVM prepares for itself. */
  private void warm(String database, ScenarioFiles files, PreparedDatabases databases) {
    for (ToolKind tool : TOOLS) {
      boolean inMemory = databases == null;
      Target target =
          inMemory ? new Target("jdbc:h2:mem:warm;DB_CLOSE_DELAY=-1") : databases.target(tool);
      List<String> args = new ArrayList<>();
      args.add(inMemory ? "prepare" : "ready");
      args.addAll(Arrays.asList(harness.plan().warm().args()));
      List<ToolKind> jars = inMemory ? List.of(tool, tool.preparer()) : List.of(tool);
      ForkedJvm.Outcome outcome =
          harness.runTool(jars, target, files, WarmStart.class, args, List.of());
      harness
          .results()
          .add(
              new Measurement(
                  Labels.WARM,
                  database,
                  files.scenario().size(),
                  tool.label(),
                  new Samples(outcome.results().all("nanos")),
                  Optional.empty()));
    }
  }
}
