package dev.strata.benchmarks.measure;

import dev.strata.benchmarks.db.Target;
import dev.strata.benchmarks.scenario.ScenarioFiles;
import dev.strata.benchmarks.tool.ToolKind;
import java.nio.file.Path;
import java.util.List;

/**
 * The first four arguments of every measured JVM that runs a tool: tool, scenario size, scenarios
 * folder, JDBC URL. Built by the harness with {@link #args()}, read back with {@link #parse}.
 */
public record ToolRun(ToolKind tool, ScenarioFiles files, Target target) {

  static final int ARGS = 4;

  public List<String> args() {
    return List.of(
        tool.name(),
        Integer.toString(files.scenario().size()),
        files.folder().getParent().toString(),
        target.url());
  }

  static ToolRun parse(String[] args) {
    return new ToolRun(
        ToolKind.valueOf(args[0]),
        ScenarioFiles.under(Path.of(args[2]), Integer.parseInt(args[1])),
        new Target(args[3]));
  }
}
