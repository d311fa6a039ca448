package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
   * A view's storage parameters are part of what the migrations left, though {@code pg_get_viewdef}
   * does not show them: one set by hand on a view declared without options is named, with what the
   * migrations left and what the database has.
   */
  @Test
  void anOptionSetByHandOnAViewIsDrift() {
    Strata release5 = strata(ItemReleases.release5());
    release5.upgrade();

    database.execute("ALTER VIEW cheap_items SET (security_barrier=true)");

    List<ViewDrift> drift = release5.validate().drift();
    assertEquals(List.of("cheap_items:CHANGED"), names(drift));
    assertEquals(
        List.of(new ViewDrift.Option("security_barrier", null, "true")), drift.get(0).options());
    assertEquals(drift.get(0).recorded(), drift.get(0).current());
    assertTrue(
        drift
            .get(0)
            .message()
            .contains(
                "had its options changed by hand since Strata wrote it. Put back the options the"
                    + " migrations left, as its @View declares them, or declare the change in its"
                    + " @View so that a migration makes it:\n"
                    + "    security_barrier: the migrations left it unset, the database has true"),
        drift.get(0).message());
  }

  /** A view whose query and options both changed by hand shows each option, then the diff. */
  @Test
  void aViewWhoseQueryAndOptionsChangedByHandShowsBoth() {
    Strata release5 = strata(ItemReleases.release5());
    release5.upgrade();

    database.execute(
        "CREATE OR REPLACE VIEW cheap_items WITH (security_barrier) AS"
            + " SELECT id, name FROM items WHERE price < 25");

    List<ViewDrift> drift = release5.validate().drift();
    assertEquals(List.of("cheap_items:CHANGED"), names(drift));
    assertEquals(
        List.of(new ViewDrift.Option("security_barrier", null, "true")), drift.get(0).options());
    String message = drift.get(0).message();
    assertTrue(
        message.contains(
            "as its @View declares them, and the definition they left (the - lines), or declare"
                + " the change in its @View so that a migration makes it:\n"
                + "    security_barrier: the migrations left it unset, the database has true\n"),
        message);
    assertTrue(message.lines().anyMatch(l -> l.startsWith("    +") && l.contains("25")), message);
  }

  /**
   * The options a {@code @View} declares ({@code check_option}, {@code security_invoker}, {@code
   * security_barrier}) are lost to a {@code CREATE OR REPLACE VIEW} by hand with the same query,
   * which replaces the whole list: each is named; set back as declared, the view is clean again.
   */
  @Test
  void declaredOptionsRemovedByHandAreDriftUntilSetBack() {
    Strata release4 = strata(ItemReleases.release4PerDatabase());
    release4.upgrade();
    assertEquals(List.of(), release4.validate().drift());

    database.execute(
        "CREATE OR REPLACE VIEW item_names AS"
            + " SELECT id, name, price, 'postgresql' AS made_for FROM items");

    List<ViewDrift> drift = release4.validate().drift();
    assertEquals(List.of("item_names:CHANGED"), names(drift));
    assertEquals(
        List.of(
            new ViewDrift.Option("check_option", "local", null),
            new ViewDrift.Option("security_barrier", "true", null),
            new ViewDrift.Option("security_invoker", "true", null)),
        drift.get(0).options());

    database.execute(
        "ALTER VIEW item_names SET (security_invoker=on, check_option=local, security_barrier)");
    assertEquals(List.of(), release4.validate().drift());
  }

  /**
   * A history written before options were recorded holds the definitions alone: its views' options
   * are unknown and not compared, so a view declared with options is no drift; a changed query
   * still is.
   */
  @Test
  void recordsFromBeforeViewOptionsShowNoDriftForDeclaredOptions() {
    Strata release4 = strata(ItemReleases.release4PerDatabase());
    release4.upgrade();
    recordsFromBeforeViewOptions();

    assertEquals(List.of(), release4.validate().drift());

    database.execute(
        "CREATE OR REPLACE VIEW item_names WITH (check_option=local, security_invoker=true,"
            + " security_barrier=true) AS"
            + " SELECT id, name, price, 'by hand' AS made_for FROM items");
    List<ViewDrift> drift = release4.validate().drift();
    assertEquals(List.of("item_names:CHANGED"), names(drift));
    assertEquals(List.of(), drift.get(0).options());
  }

  private static List<String> names(List<ViewDrift> drift) {
    return drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList();
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
                        && ((String) args[0]).contains("pg_get_viewdef(c.oid)")
                        && ((String) args[0]).contains("FROM pg_class c JOIN pg_namespace")
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
