package dev.strata.benchmarks.scenario;

import java.nio.file.Path;

/**
 * Where the prepared migrations of one scenario size live, for each tool; the harness writes them
 * once and the measured JVMs only read them.
 *
 * @param scenario the views
 * @param folder the scenario's own folder under {@code target/scenarios}
 */
public record ScenarioFiles(ViewScenario scenario, Path folder) {

  public static ScenarioFiles under(Path scenariosRoot, int size) {
    return new ScenarioFiles(new ViewScenario(size), scenariosRoot.resolve("n" + size));
  }

  /** The {@code @View} sources Strata's processor compiled. */
  public Path strataSources() {
    return folder.resolve("strata/src");
  }

  /** The snapshot chain, one JSON file per version. */
  public Path strataSnapshots() {
    return folder.resolve("strata/snapshots");
  }

  /** The compiled migrations, index class and service registration; goes on the classpath. */
  public Path strataClasses() {
    return folder.resolve("strata/classes");
  }

  public Path strataGenerated() {
    return folder.resolve("strata/generated");
  }

  /** {@code V1__create_view_0001.sql} and so on, for {@code filesystem:} locations. */
  public Path flywayMigrations() {
    return folder.resolve("flyway");
  }

  public Path liquibaseFolder() {
    return folder.resolve("liquibase");
  }

  /** The changelog's path relative to {@link #liquibaseFolder()}, as Liquibase records it. */
  public static String liquibaseChangelog() {
    return "changelog.xml";
  }
}
