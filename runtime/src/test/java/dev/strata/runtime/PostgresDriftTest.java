package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.ItemReleases;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.testing.DataSources;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift detection on Postgres. */
class PostgresDriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  /**
   * pg_get_viewdef qualifies what the search_path does not find, and the session's default schema
   * is not where the migrations wrote: neither may make a clean history look drifted.
   */
  @Test
  void validateWithAnotherDefaultSchemaFindsTheViewsWhereTheMigrationsWroteThem() {
    String schema = database.rows("SELECT current_schema()").get(0);
    String history = schema + ".strata_schema_history";
    Strata.configure(database.dataSource())
        .sources(ItemReleases.release5WithHandWrittenViews())
        .historyTable(history)
        .load()
        .upgrade();
    try (TestDatabase other = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
      // the other default schema has its own items, which would hide the migrations' from the path
      other.execute(
          "CREATE TABLE items (id BIGINT, name VARCHAR(100), price INTEGER)",
          "CREATE VIEW other_items AS SELECT name FROM items");
      Strata elsewhere =
          Strata.configure(DataSources.of(other.url()))
              .sources(ItemReleases.release5WithHandWrittenViews())
              .historyTable(history)
              .load();

      assertEquals(List.of(), elsewhere.validate().drift());

      database.execute(
          "CREATE OR REPLACE VIEW raw_items AS SELECT id, name FROM items WHERE price > 7");
      assertEquals(
          List.of(schema + ".raw_items:CHANGED"),
          elsewhere.validate().drift().stream().map(d -> d.view() + ":" + d.change()).toList());
    }
  }
}
