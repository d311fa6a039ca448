package dev.strata.benchmarks.tool;

import dev.strata.benchmarks.scenario.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The tools measured, with the jars each needs: a measured JVM gets its own tool's jars only, and
 * creates its tool by class name so that no other tool's classes are ever loaded.
 */
public enum ToolKind {
  FLOOR("floor", "HistoryFloor", List.of(), Map.of()),
  STRATA("Strata", "StrataTool", List.of("strata-runtime"), Map.of()),
  FLYWAY(
      "Flyway",
      "FlywayTool",
      List.of("flyway-core"),
      Map.of(
          "postgresql",
          List.of("flyway-database-postgresql", "flyway-database-cockroachdb"),
          "mariadb-java-client",
          List.of("flyway-mysql"))),
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
      Map.of()),
  RAW_JDBC("raw JDBC", "RawJdbcTool", List.of(), Map.of());

  private final String label;
  private final String implementation;
  private final List<String> artifacts;
  // by the driver's artifact: the tool's support for that database, where it comes apart
  private final Map<String, List<String>> databaseArtifacts;

  ToolKind(
      String label,
      String implementation,
      List<String> artifacts,
      Map<String, List<String>> databaseArtifacts) {
    this.label = label;
    this.implementation = implementation;
    this.artifacts = artifacts;
    this.databaseArtifacts = databaseArtifacts;
  }

  public String label() {
    return label;
  }

  /** The artifact names of the jars this tool needs, for the database whose driver is given. */
  public List<String> artifacts(String driverArtifact) {
    List<String> all = new ArrayList<>(artifacts);
    all.addAll(databaseArtifacts.getOrDefault(driverArtifact, List.of()));
    return all;
  }

  /** Every jar this tool may need, whatever the database. */
  public List<String> allArtifacts() {
    List<String> all = new ArrayList<>(artifacts);
    databaseArtifacts.values().forEach(all::addAll);
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
