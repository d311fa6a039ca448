package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The tools measured, with the jars each needs: a measured JVM gets its own tool's jars only, and
 * creates its tool by class name so that no other tool's classes are ever loaded.
 */
public enum ToolKind {
  FLOOR("floor", "HistoryFloor", List.of(), List.of()),
  STRATA("Strata", "StrataTool", List.of("strata-runtime"), List.of()),
  FLYWAY(
      "Flyway",
      "FlywayTool",
      List.of("flyway-core"),
      List.of("flyway-database-postgresql", "flyway-database-cockroachdb")),
  LIQUIBASE(
      "Liquibase",
      "LiquibaseTool",
      List.of(
          "liquibase-core",
          "opencsv",
          "snakeyaml",
          "jaxb-api",
          "commons-collections4",
          "commons-text",
          "commons-lang3",
          "commons-io"),
      List.of()),
  RAW_JDBC("raw JDBC", "RawJdbcTool", List.of(), List.of());

  private final String label;
  private final String implementation;
  private final List<String> artifacts;
  private final List<String> postgresArtifacts;

  ToolKind(
      String label, String implementation, List<String> artifacts, List<String> postgresArtifacts) {
    this.label = label;
    this.implementation = implementation;
    this.artifacts = artifacts;
    this.postgresArtifacts = postgresArtifacts;
  }

  public String label() {
    return label;
  }

  /** The artifact names of the jars this tool needs, for the given database. */
  public List<String> artifacts(boolean postgres) {
    List<String> all = new ArrayList<>(artifacts);
    if (postgres) {
      all.addAll(postgresArtifacts);
    }
    return all;
  }

  /** Folders the tool's JVM needs on its classpath besides jars: Strata's compiled migrations. */
  public List<Path> folders(ScenarioFiles files) {
    return this == STRATA ? List.of(files.strataClasses()) : List.of();
  }

  /** System properties the tool needs to run quietly and offline, given to its JVM only. */
  public List<String> jvmOptions() {
    // Liquibase 4.30+ fetches an analytics configuration over the network unless told not to
    return this == LIQUIBASE ? List.of("-Dliquibase.analytics.enabled=false") : List.of();
  }

  /**
   * The tool that brings a database to the state this one is measured on: the floor reads Strata's
   * history, so Strata prepares its database.
   */
  public ToolKind preparer() {
    return this == FLOOR ? STRATA : this;
  }

  public MigrationTool create(ScenarioFiles files) throws ReflectiveOperationException {
    return (MigrationTool)
        Class.forName(ToolKind.class.getPackageName() + "." + implementation)
            .getConstructor(ScenarioFiles.class)
            .newInstance(files);
  }
}
