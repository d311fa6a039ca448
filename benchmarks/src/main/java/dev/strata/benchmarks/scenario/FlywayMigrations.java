package dev.strata.benchmarks.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a scenario as Flyway versioned SQL migrations: one file per version, one statement. */
public final class FlywayMigrations {

  private FlywayMigrations() {}

  public static void write(ViewScenario scenario, Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int k = 1; k <= scenario.size(); k++) {
      String file = "V" + k + "__create_" + ViewScenario.viewName(k) + ".sql";
      Files.writeString(
          folder.resolve(file), ViewScenario.createView(k) + ";\n", StandardCharsets.UTF_8);
    }
  }
}
