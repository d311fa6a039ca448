package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.ItemReleases;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Drift detection on MariaDb. */
class MariaDbDriftTest extends DriftScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  /**
   * A view's {@code ALGORITHM}, {@code SQL SECURITY} and check option are part of what the
   * migrations left, though {@code VIEW_DEFINITION} does not show them: an {@code ALTER VIEW} by
   * hand with the same query and another algorithm is named, with what the migrations left and what
   * the database has.
   */
  @Test
  void anAlgorithmSetByHandOnAViewIsDrift() {
    Strata release5 = strata(ItemReleases.release5());
    release5.upgrade();

    database.execute("ALTER ALGORITHM = TEMPTABLE VIEW cheap_items AS " + ItemReleases.CHEAP_ITEMS);

    List<ViewDrift> drift = release5.validate().drift();
    assertEquals(List.of("cheap_items:CHANGED"), names(drift));
    assertEquals(
        List.of(new ViewDrift.Option("algorithm", "UNDEFINED", "TEMPTABLE")),
        drift.get(0).options());
    assertEquals(drift.get(0).recorded(), drift.get(0).current());
    assertTrue(
        drift
            .get(0)
            .message()
            .contains("    algorithm: the migrations left UNDEFINED, the database has TEMPTABLE"),
        drift.get(0).message());
  }

  /**
   * A {@code CREATE OR REPLACE VIEW} by hand with the declared query but without the declared
   * {@code SQL SECURITY INVOKER} and {@code WITH LOCAL CHECK OPTION} leaves MariaDB's defaults:
   * each is named; created again as declared, the view is clean again.
   */
  @Test
  void declaredOptionsRemovedByHandAreDriftUntilSetBack() {
    Strata release4 = strata(ItemReleases.release4PerDatabase());
    release4.upgrade();
    assertEquals(List.of(), release4.validate().drift());
    String query = "SELECT id, name, price, 'mariadb' AS made_for FROM items";

    database.execute("CREATE OR REPLACE VIEW item_names AS " + query);

    List<ViewDrift> drift = release4.validate().drift();
    assertEquals(List.of("item_names:CHANGED"), names(drift));
    assertEquals(
        List.of(
            new ViewDrift.Option("check_option", "LOCAL", "NONE"),
            new ViewDrift.Option("security_type", "INVOKER", "DEFINER")),
        drift.get(0).options());

    database.execute(
        "CREATE OR REPLACE SQL SECURITY INVOKER VIEW item_names AS "
            + query
            + " WITH LOCAL CHECK OPTION");
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
        "CREATE OR REPLACE SQL SECURITY INVOKER VIEW item_names AS"
            + " SELECT id, name, price, 'by hand' AS made_for FROM items WITH LOCAL CHECK OPTION");
    List<ViewDrift> drift = release4.validate().drift();
    assertEquals(List.of("item_names:CHANGED"), names(drift));
    assertEquals(List.of(), drift.get(0).options());
  }

  private static List<String> names(List<ViewDrift> drift) {
    return drift.stream().map(d -> local(d.view()) + ":" + d.change()).toList();
  }

  /**
   * A session in MariaDB's Oracle compatibility mode (a {@code sql_mode} a DBA may set for the
   * server) counts {@code LENGTH} in characters, not bytes: the length of each view record was half
   * of it, and every later read of the history failed ("No length before character ...").
   */
  @Test
  void aSessionInOracleModeRecordsTheViewsAsTheyAreAndDowngrades() {
    Strata release5 = strataInSqlMode("ORACLE", ItemReleases.release5());

    release5.upgrade();

    assertEquals(List.of(), release5.validate().drift());
    release5.downgrade(1);
    assertEquals(List.of(), release5.validate().drift());
    assertTrue(release5.validate().valid());
  }
}
