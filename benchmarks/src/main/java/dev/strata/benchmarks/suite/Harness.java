package dev.strata.benchmarks.suite;

import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.fork.ForkedJvm;
import dev.strata.benchmarks.fork.Libraries;
import dev.strata.benchmarks.measure.ToolRun;
import dev.strata.benchmarks.report.Results;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.scenario.Toolchain;
import dev.strata.benchmarks.tool.ToolKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What every benchmark of a run shares: the folders, the jars, the plan, the results so far, and
 * how to start a measured JVM with exactly the jars its tool needs.
 */
final class Harness {

  private final Workspace workspace;
  private final Libraries libraries;
  private final RunPlan plan;
  private final Results results = new Results();
  private final ForkedJvm jvm;
  private final String runId = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);

  Harness(Workspace workspace, RunPlan plan) {
    this.workspace = workspace;
    this.libraries = new Libraries(workspace.lib());
    this.plan = plan;
    this.jvm =
        new ForkedJvm(
            List.of("-Djava.util.logging.config.file=" + workspace.loggingConfig()),
            workspace.logs());
  }

  Workspace workspace() {
    return workspace;
  }

  Libraries libraries() {
    return libraries;
  }

  RunPlan plan() {
    return plan;
  }

  Results results() {
    return results;
  }

  /** Short and unique to this run: names its PostgreSQL schemas. */
  String runId() {
    return runId;
  }

  ScenarioFiles scenario(int size) {
    return ScenarioFiles.under(workspace.scenarios(), size);
  }

  /** What view classes compile against, and the processor with its dependencies. */
  Toolchain toolchain() {
    Set<String> notProcessor =
        new LinkedHashSet<>(List.of("postgresql", "checker-qual", "mariadb-java-client"));
    for (ToolKind tool : ToolKind.values()) {
      notProcessor.addAll(tool.allArtifacts());
    }
    return new Toolchain(
        libraries.jars(List.of("strata-annotations", "strata-runtime")),
        libraries.allExcept(notProcessor));
  }

  /** Runs {@code main} for {@code tools}' first entry, with the jars of every tool listed. */
  ForkedJvm.Outcome runTool(
      List<ToolKind> tools,
      Target target,
      ScenarioFiles files,
      Class<?> main,
      List<String> extraArgs,
      List<String> extraOptions) {
    ToolKind tool = tools.get(0);
    List<String> options = new ArrayList<>(extraOptions);
    tools.forEach(kind -> options.addAll(kind.jvmOptions()));
    List<String> args = new ArrayList<>(new ToolRun(tool, files, target).args());
    args.addAll(extraArgs);
    return jvm.run(classpath(tools, target, files), options, main, args);
  }

  ForkedJvm.Outcome runTool(
      ToolKind tool, Target target, ScenarioFiles files, Class<?> main, List<String> extraArgs) {
    return runTool(List.of(tool), target, files, main, extraArgs, List.of());
  }

  /** Runs a JVM that needs only the benchmark classes, such as a compilation. */
  ForkedJvm.Outcome run(Class<?> main, List<String> options, List<String> args) {
    return jvm.run(List.of(Workspace.ownClasses()), options, main, args);
  }

  private List<Path> classpath(List<ToolKind> tools, Target target, ScenarioFiles files) {
    Set<Path> classpath = new LinkedHashSet<>();
    classpath.add(Workspace.ownClasses());
    for (ToolKind tool : tools) {
      classpath.addAll(libraries.jars(tool.artifacts(target.driverArtifact())));
      classpath.addAll(tool.folders(files));
    }
    classpath.add(libraries.jar(target.driverArtifact()));
    return Stream.of(classpath.toArray(Path[]::new)).toList();
  }
}
