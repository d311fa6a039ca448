package dev.strata.benchmarks.report;

import java.util.List;
import java.util.Optional;

/** The startup tables: cold and warm, one table per database, a row per N. */
final class StartupSection {

  static final String FLOOR = "floor";
  static final String STRATA = "Strata";
  static final String FLYWAY = "Flyway";
  static final String LIQUIBASE = "Liquibase";
  private static final List<String> TOOLS = List.of(FLOOR, STRATA, FLYWAY, LIQUIBASE);

  private final Cells cells;
  private final List<Integer> sizes;

  StartupSection(Cells cells, List<Integer> sizes) {
    this.cells = cells;
    this.sizes = sizes;
  }

  String cold() {
    StringBuilder text = new StringBuilder("## 1. Startup with nothing pending, cold\n\n");
    text.append(
        """
        Each sample is a fresh JVM (`java -cp <only this tool's jars> ColdStart`) on a database that \
        the tool itself brought up to date beforehand: N view migrations applied, nothing pending. \
        The time runs from `main` to the tool's return, so it holds everything the tool loads, \
        initialises and asks the database; the JVM's own boot (the same for all) is left out here \
        and shown in the process table below. The **floor** opens one connection and reads every \
        row of Strata's history table: the least any tool must do. On H2 the database is a file \
        (an in-memory one dies with its JVM), so every sample, the floor's included, pays for \
        opening it. The tools take turns, sample by sample; a first round warms the file cache and \
        is not counted. Cells: median (fastest–slowest, number of samples). \
        """);
    text.append(AboveFloor.RULE)
        .append(
            " Where it is, \"Strata − floor\" says so beside the difference, and the last"
                + " column, the target's factor (Flyway's time above the floor ÷ Strata's), says"
                + " that no factor is measured.\n\n");
    for (String database : Labels.COLD_DATABASES) {
      if (cells.has(Labels.COLD, database)) {
        text.append("### ").append(database).append("\n\n").append(table(Labels.COLD, database));
        text.append('\n');
      }
    }
    text.append(
        "Whole process, spawn to exit (median), JVM boot and shutdown included:\n\n"
            + wallTable()
            + "\n");
    return text.toString();
  }

  String warm() {
    StringBuilder text = new StringBuilder("## 2. Startup with nothing pending, warm\n\n");
    text.append(
        """
        The same start repeated in one JVM per tool once its code is warm (at least 5 warm-up \
        starts and 2 s, then at least 5 measured starts and 2 s, at most 30), as in a test suite \
        or a second data source. Each start builds the tool's configuration again (`Strata\
        .configure(...).load().upgrade()`, `Flyway.configure()...migrate()`, `new Liquibase(...)\
        .update()`). H2 here is in memory, prepared inside the measuring JVM. "Strata − floor" \
        and the factor above the floor follow section 1's rule for a start "at the floor".

        """);
    for (String database : Labels.WARM_DATABASES) {
      if (cells.has(Labels.WARM, database)) {
        text.append("### ").append(database).append("\n\n").append(table(Labels.WARM, database));
        text.append('\n');
      }
    }
    return text.toString();
  }

  private String table(String benchmark, String database) {
    Table table =
        new Table(
            "N applied",
            FLOOR,
            STRATA,
            FLYWAY,
            LIQUIBASE,
            "Strata − floor",
            "Flyway ÷ Strata",
            "Liquibase ÷ Strata",
            "above the floor, Flyway ÷ Strata");
    for (int size : sizes) {
      Optional<AboveFloor> strata = cells.aboveFloor(benchmark, database, size, STRATA);
      Optional<AboveFloor> flyway = cells.aboveFloor(benchmark, database, size, FLYWAY);
      table.row(
          Integer.toString(size),
          cells.cell(benchmark, database, size, FLOOR),
          cells.cell(benchmark, database, size, STRATA),
          cells.cell(benchmark, database, size, FLYWAY),
          cells.cell(benchmark, database, size, LIQUIBASE),
          strata.map(AboveFloor::text).orElse(Cells.NONE),
          cells.ratio(benchmark, database, size, FLYWAY, STRATA),
          cells.ratio(benchmark, database, size, LIQUIBASE, STRATA),
          flyway.isPresent() && strata.isPresent()
              ? AboveFloor.factor(FLYWAY, flyway.get(), strata.get())
              : Cells.NONE);
    }
    return table.toString();
  }

  private String wallTable() {
    Table table = new Table("database", "N applied", FLOOR, STRATA, FLYWAY, LIQUIBASE);
    for (String database : Labels.COLD_DATABASES) {
      if (!cells.has(Labels.COLD, database)) {
        continue;
      }
      for (int size : sizes) {
        table.row(
            database,
            Integer.toString(size),
            cells.wall(Labels.COLD, database, size, FLOOR),
            cells.wall(Labels.COLD, database, size, STRATA),
            cells.wall(Labels.COLD, database, size, FLYWAY),
            cells.wall(Labels.COLD, database, size, LIQUIBASE));
      }
    }
    return table.toString();
  }

  static List<String> tools() {
    return TOOLS;
  }
}
