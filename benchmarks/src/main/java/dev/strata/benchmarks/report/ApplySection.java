package dev.strata.benchmarks.report;

import java.util.List;

/** Applying N migrations to an empty database, against raw JDBC running the same statements. */
final class ApplySection {

  static final String RAW = "raw JDBC";

  private final Cells cells;
  private final Results results;
  private final List<Integer> sizes;

  ApplySection(Cells cells, Results results, List<Integer> sizes) {
    this.cells = cells;
    this.results = results;
    this.sizes = sizes;
  }

  String render() {
    StringBuilder text =
        new StringBuilder("## 4. Applying N view migrations to an empty database\n\n");
    text.append(
        """
        One JVM per tool, database and N; each application runs on a database of its own (a new \
        H2 in-memory database, PostgreSQL schema or MariaDB database) holding only the base table, after one \
        discarded warm-up application. The time is the tool's `migrate`/`upgrade`/`update` call; \
        the harness checks afterwards, untimed, that exactly N views exist. **Raw JDBC** executes \
        the very `CREATE VIEW` statements that Strata's dialects write, one after the other on one \
        auto-commit connection, with no history table, lock or check: the floor. Strata adds a \
        history row per migration, a transaction per migration on PostgreSQL, and on H2 (whose \
        DDL commits at once) the bookkeeping that lets it undo a failed migration.

        """);
    for (String database : Labels.WARM_DATABASES) {
      if (!cells.has(Labels.APPLY, database)) {
        continue;
      }
      Table table =
          new Table(
              "N",
              RAW,
              "Strata",
              "Flyway",
              "Liquibase",
              "Strata ÷ raw",
              "Flyway ÷ raw",
              "Liquibase ÷ raw");
      for (int size : sizes) {
        table.row(
            Integer.toString(size),
            cells.cell(Labels.APPLY, database, size, RAW),
            cells.cell(Labels.APPLY, database, size, "Strata"),
            cells.cell(Labels.APPLY, database, size, "Flyway"),
            cells.cell(Labels.APPLY, database, size, "Liquibase"),
            cells.ratio(Labels.APPLY, database, size, "Strata", RAW),
            cells.ratio(Labels.APPLY, database, size, "Flyway", RAW),
            cells.ratio(Labels.APPLY, database, size, "Liquibase", RAW));
      }
      text.append("### ").append(database).append("\n\n").append(table).append('\n');
      results
          .fact("applyProfile." + database)
          .ifPresent(
              profile ->
                  text.append("**Profile, Strata applying ")
                      .append(sizes.get(sizes.size() - 1))
                      .append(" migrations** (one warm application, stack sampled every")
                      .append(" millisecond):\n\n")
                      .append(profile)
                      .append('\n'));
    }
    return text.toString();
  }
}
