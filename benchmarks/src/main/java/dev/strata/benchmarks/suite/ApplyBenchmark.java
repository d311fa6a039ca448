package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Server;
import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.measure.Apply;
import dev.strata.benchmarks.profile.SampledProfile;
import dev.strata.benchmarks.profile.StackSampler;
import dev.strata.benchmarks.report.Labels;
import dev.strata.benchmarks.report.Measurement;
import dev.strata.benchmarks.report.Samples;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.tool.ToolKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Applying all N migrations to an empty database, each tool in a JVM of its own, against raw JDBC
 * executing the same statements.
 */
final class ApplyBenchmark {

  static final List<ToolKind> TOOLS =
      List.of(ToolKind.RAW_JDBC, ToolKind.STRATA, ToolKind.FLYWAY, ToolKind.LIQUIBASE);

  /** What {@code run.sh --apply} compares: Strata against the floor, nothing else. */
  static final List<ToolKind> STRATA_AND_FLOOR = List.of(ToolKind.RAW_JDBC, ToolKind.STRATA);

  private final Harness harness;
  private final List<ToolKind> tools;
  private final boolean profiled;

  ApplyBenchmark(Harness harness) {
    this(harness, TOOLS, true);
  }

  /**
   * @param tools measured in this order, in each cell
   * @param profiled whether Strata is also profiled at the largest N
   */
  ApplyBenchmark(Harness harness, List<ToolKind> tools, boolean profiled) {
    this.harness = harness;
    this.tools = List.copyOf(tools);
    this.profiled = profiled;
  }

  void run(List<Server> servers) throws IOException {
    List<Integer> sizes = harness.plan().startupSizes();
    for (int size : sizes) {
      boolean largest = profiled && size == sizes.get(sizes.size() - 1);
      ScenarioFiles files = harness.scenario(size);
      Progress.say("apply, N = " + size + ": H2");
      Target h2 = new Target("jdbc:h2:mem:");
      measure(Labels.H2_MEMORY, h2, files);
      if (largest) {
        profile(Labels.H2_MEMORY, h2, files);
      }
      for (Server server : servers) {
        Progress.say("apply, N = " + size + ": " + server.label());
        measure(server.label(), server.target(), files);
        if (largest) {
          profile(server.label(), server.target(), files);
        }
      }
    }
  }

  /**
   * Samples the stack of Strata applying all N migrations once, after one application that warms
   * its code, to see where the time above raw JDBC goes.
   */
  private void profile(String database, Target kind, ScenarioFiles files) throws IOException {
    Path counts =
        harness
            .workspace()
            .profiles()
            .resolve("apply-" + Server.of(kind).map(Server::name).orElse("H2") + ".txt");
    Files.createDirectories(counts.getParent());
    Files.deleteIfExists(counts);
    String prefix = "strata_bench_" + harness.runId() + "_profile_" + files.scenario().size();
    harness.runTool(
        List.of(ToolKind.STRATA),
        kind,
        files,
        Apply.class,
        List.of(prefix, "1", "1"),
        List.of("-D" + StackSampler.PROPERTY + "=" + counts));
    ProfileText.record(
        harness.results(),
        "applyProfile." + database,
        SampledProfile.read(counts),
        "Strata's runtime");
  }

  private void measure(String database, Target kind, ScenarioFiles files) {
    int size = files.scenario().size();
    for (ToolKind tool : tools) {
      String prefix =
          "strata_bench_" + harness.runId() + "_apply_" + tool.name().toLowerCase() + "_" + size;
      List<String> args =
          List.of(
              prefix,
              Integer.toString(harness.plan().applyWarmups()),
              Integer.toString(harness.plan().applySamples(size)));
      ForkedJvm.Outcome outcome = harness.runTool(tool, kind, files, Apply.class, args);
      harness
          .results()
          .add(
              new Measurement(
                  Labels.APPLY,
                  database,
                  size,
                  tool.label(),
                  new Samples(outcome.results().all("nanos")),
                  Optional.empty()));
    }
  }
}
