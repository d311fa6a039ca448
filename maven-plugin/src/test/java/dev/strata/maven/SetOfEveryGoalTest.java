package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.MigrationState;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import dev.strata.runtime.ValidationException;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * {@code -Dstrata.set} counts in {@code strata:validate}, {@code strata:refresh} and {@code
 * strata:repair} too, which ignored it: validate reports that set's problems alone, repair repairs
 * that set's runs alone, refresh refuses a set it cannot keep to, and each refuses a set the
 * project does not load, as {@code strata:status} does.
 */
class SetOfEveryGoalTest {

  @Test
  void validateReportsTheNamedSetAlone() throws Exception {
    Strata strata = ordersNewerThanTheCode("set_validate");
    ValidateMojo main = new ValidateMojo();
    RecordedLog log = new RecordedLog();
    main.setLog(log);
    requestSet(main, "main");
    ValidateMojo orders = new ValidateMojo();
    orders.setLog(new RecordedLog());
    requestSet(orders, "orders");

    main.run(strata);
    ValidationException refused = assertThrows(ValidationException.class, () -> orders.run(strata));

    assertEquals(List.of("History agrees with the code: 1 applied, 1 pending."), log.infoLines());
    assertEquals(List.of("orders"), setsOf(refused));
    assertTrue(refused.getMessage().contains("set orders"), refused::getMessage);
  }

  @Test
  void validateRefusesASetTheProjectDoesNotLoad() throws Exception {
    Strata strata = ordersNewerThanTheCode("set_validate_unknown");
    ValidateMojo mojo = new ValidateMojo();
    mojo.setLog(new RecordedLog());
    requestSet(mojo, "order");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> mojo.run(strata));

    assertEquals(
        "No migration set order is loaded; the loaded sets are [main, orders]",
        refused.getMessage());
  }

  @Test
  void repairOfOneSetRepairsThatSetsRunsAndLeavesAnotherSetsAsTheyAre() throws Exception {
    JdbcDataSource dataSource = h2("set_repair");
    Strata strata = twoSets(dataSource);
    strata.upgrade();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      // a run of main's version 1 killed before its first statement, on a database without
      // transactional DDL
      statement.execute("DROP VIEW v1");
      statement.execute(
          "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
              + " statements_done = 0 WHERE migration_set = 'main' AND version = 1");
    }
    RepairMojo orders = new RepairMojo();
    RecordedLog ordersLog = new RecordedLog();
    orders.setLog(ordersLog);
    requestSet(orders, "orders");
    RepairMojo main = new RepairMojo();
    RecordedLog log = new RecordedLog();
    main.setLog(log);
    requestSet(main, "main");

    orders.run(strata);
    assertEquals(MigrationState.FAILED, strata.status().migrations().get(0).state());
    main.run(strata);

    assertEquals(
        List.of("Nothing to repair in set orders: every run of it finished"),
        ordersLog.infoLines());
    assertEquals(List.of("Repaired V0001 \"Create v1\" of set main: APPLIED"), log.infoStarts());
  }

  @Test
  void refreshOfEveryViewRefusesOneSetOfSeveral() throws Exception {
    Strata strata = twoSets(h2("set_refresh"));
    RefreshMojo orders = new RefreshMojo();
    orders.setLog(new RecordedLog());
    requestSet(orders, "orders");
    RefreshMojo unknown = new RefreshMojo();
    unknown.setLog(new RecordedLog());
    requestSet(unknown, "order");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> orders.run(strata));
    IllegalArgumentException notLoaded =
        assertThrows(IllegalArgumentException.class, () -> unknown.run(strata));

    assertEquals(
        "strata:refresh refreshes the materialized views of every set, and cannot keep to set"
            + " orders: run it without -Dstrata.set, or name one view with -Dstrata.view=NAME",
        refused.getMessage());
    assertEquals(
        "No migration set order is loaded; the loaded sets are [main, orders]",
        notLoaded.getMessage());
  }

  @Test
  void refreshOfTheOnlySetLoadedRefreshesItsViews() throws Exception {
    Strata strata =
        Strata.configure(h2("set_refresh_only")).sources(List.of(TestViews.source(1))).load();
    strata.upgrade();
    RefreshMojo mojo = new RefreshMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    requestSet(mojo, "main");

    mojo.run(strata);

    assertFalse(log.infoLines().isEmpty());
    assertTrue(log.infoLines().get(0).startsWith("Nothing to refresh"), log.infoLines()::toString);
  }

  @Test
  void refreshOfAViewOfAnotherSetRefusesNamingItsSet() throws Exception {
    Strata strata =
        Strata.configure(h2("set_refresh_view"))
            .sources(
                List.of(
                    materialized("main", "item_totals"), materialized("orders", "order_totals")))
            .load();
    strata.upgrade();
    RefreshMojo main = new RefreshMojo();
    main.setLog(new RecordedLog());
    requestSet(main, "main");
    requestView(main, "ORDER_TOTALS");
    RefreshMojo orders = new RefreshMojo();
    RecordedLog log = new RecordedLog();
    orders.setLog(log);
    requestSet(orders, "orders");
    requestView(orders, "order_totals");

    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> main.run(strata));
    orders.run(strata);

    assertEquals(
        "Materialized view ORDER_TOTALS belongs to set orders (its migrations create it), not to"
            + " set main: refresh it as a view of set orders, or without naming a set. Nothing was"
            + " refreshed.",
        refused.getMessage());
    assertEquals(List.of("Refreshed order_totals"), log.infoLines());
  }

  /** Set {@code set}, whose version 1 creates materialized view {@code view}. */
  private static MigrationSource materialized(String set, String view) {
    return new MigrationSource() {
      @Override
      public String set() {
        return set;
      }

      @Override
      public List<MigrationDescriptor> migrations() {
        return List.of(new MigrationDescriptor(1, "Create " + view, "m1"));
      }

      @Override
      public Migration load(int version) {
        return new Migration() {
          @Override
          public int version() {
            return 1;
          }

          @Override
          public String description() {
            return "Create " + view;
          }

          @Override
          public String checksum() {
            return "m1";
          }

          @Override
          public void upgrade(Operations ops) {
            ops.createMaterializedView(view, "SELECT 1 AS n", true, List.of());
          }

          @Override
          public void downgrade(Operations ops) {
            ops.dropMaterializedView(view);
          }
        };
      }
    };
  }

  private static void requestView(RefreshMojo mojo, String name) throws Exception {
    Field field = RefreshMojo.class.getDeclaredField("view");
    field.setAccessible(true);
    field.set(mojo, name);
  }

  /** Sets main and orders; orders has a version applied that the code lacks. */
  private static Strata ordersNewerThanTheCode(String name) {
    JdbcDataSource dataSource = h2(name);
    Strata.configure(dataSource)
        .sources(List.of(TestViews.source(1), TestViews.source("orders", "order_v", 2)))
        .load()
        .upgrade();
    return Strata.configure(dataSource)
        .sources(List.of(TestViews.source(2), TestViews.source("orders", "order_v", 1)))
        .load();
  }

  private static Strata twoSets(JdbcDataSource dataSource) {
    return Strata.configure(dataSource)
        .sources(List.of(TestViews.source(1), TestViews.source("orders", "order_v", 1)))
        .load();
  }

  private static List<String> setsOf(ValidationException refused) {
    return refused.report().problems().stream().map(p -> p.set()).distinct().toList();
  }

  private static JdbcDataSource h2(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  private static void requestSet(DatabaseMojo mojo, String name) throws Exception {
    Field field = DatabaseMojo.class.getDeclaredField("set");
    field.setAccessible(true);
    field.set(mojo, name);
  }
}
