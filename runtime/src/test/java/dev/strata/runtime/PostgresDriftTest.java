package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.ItemReleases;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import dev.strata.testing.DataSources;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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

  /**
   * A start that refuses on drift reads the history and the views under the migration lock, as on
   * the other databases: without it, another instance that commits its migrations between the two
   * reads (each statement sees what was committed when it began) makes their views look made by
   * hand, and the start fails. Here the other instance commits right before the views are read.
   */
  @Test
  void aStartThatFailsOnDriftWaitsForAnotherInstancesMigrations() throws Exception {
    database.withUsersTable();
    try (BlockedRun other = BlockedRun.start(database.dataSource())) {
      // released when the views are read, or after a while if the start waits for the lock first
      CompletableFuture.delayedExecutor(2, TimeUnit.SECONDS).execute(other::release);
      DataSource beforeViewsRead = beforeViewsRead(database.dataSource(), () -> commitOf(other));
      Strata strict =
          Strata.configure(beforeViewsRead).sources(UserViews.source()).failOnDrift(true).load();

      assertEquals(List.of(), strict.upgrade());

      assertEquals(List.of(1, 2, 3), other.result().stream().map(MigrationInfo::version).toList());
    }
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  /**
   * {@code validate()} takes no lock, and on PostgreSQL a run in progress elsewhere shows nothing
   * until it commits: the history and the views it reads must be of one moment, or a run that
   * commits between the two reads makes its views look made by hand. Here the other instance
   * commits right before the views are read.
   */
  @Test
  void validateWhileAnotherInstanceCommitsItsMigrationsFindsNoDrift() throws Exception {
    database.withUsersTable();
    try (BlockedRun other = BlockedRun.start(database.dataSource())) {
      DataSource beforeViewsRead = beforeViewsRead(database.dataSource(), () -> commitOf(other));
      Strata strata = Strata.configure(beforeViewsRead).sources(UserViews.source()).load();

      ValidationReport report = strata.validate();

      assertEquals(List.of(), report.drift());
      assertEquals(List.of(1, 2, 3), other.result().stream().map(MigrationInfo::version).toList());
    }
    assertEquals(List.of(), strata(UserViews.source()).validate().drift());
  }

  /** {@code target}, whose connections run {@code hook} once before the first read of all views. */
  private static DataSource beforeViewsRead(DataSource target, Hook hook) {
    boolean[] ran = {false};
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (source, call, callArgs) -> {
              Object result = invoke(target, call, callArgs);
              if (!(result instanceof Connection connection)) {
                return result;
              }
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")
                        && ((String) args[0]).contains("pg_get_viewdef(c.oid) FROM pg_class")
                        && !ran[0]) {
                      ran[0] = true;
                      hook.run();
                    }
                    return invoke(connection, method, args);
                  });
            });
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  private interface Hook {
    void run() throws Exception;
  }

  /** Lets the other instance commit its migrations, and waits until it has. */
  private static void commitOf(BlockedRun other) throws Exception {
    other.release();
    other.result();
  }
}
