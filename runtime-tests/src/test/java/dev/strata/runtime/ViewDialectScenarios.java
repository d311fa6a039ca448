package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Views whose query and options differ per database (H2, PostgreSQL and MariaDB in the subclasses):
 * each database runs its own dialect's query, a change of one dialect or of the options alone is
 * applied and reverted, and the options are what the database's catalog reports. The check option
 * at work is {@link CheckOptionScenarios}, on the databases that have one.
 */
abstract class ViewDialectScenarios extends DatabaseScenarios {

  static final FakeMigration ITEMS =
      FakeMigration.of(
          1,
          "Create items",
          ops ->
              ops.createTable(
                  new Table(
                      "items",
                      List.of(Column.of("id", "INTEGER").notNull(), Column.of("price", "INTEGER")),
                      List.of("id"))),
          ops -> ops.dropTable("items"));

  private static final ViewQuery LABELS =
      ViewQuery.of("SELECT id, 'portable' AS source FROM items")
          .on("h2", "SELECT id, 'h2' AS source FROM items")
          .on("postgresql", "SELECT id, 'postgresql' AS source FROM items")
          .on("mysql", "SELECT id, 'mysql' AS source FROM items");
  private static final ViewQuery CHEAP =
      ViewQuery.of("SELECT id, price FROM items WHERE price < 10")
          .with(ViewQuery.CheckOption.LOCAL)
          .with(ViewQuery.Security.INVOKER);

  static final FakeMigration VIEWS =
      FakeMigration.of(
          2,
          "Create item_labels and cheap_items",
          ops -> {
            ops.createView("item_labels", LABELS);
            ops.createView("cheap_items", CHEAP);
          },
          ops -> {
            ops.dropView("cheap_items");
            ops.dropView("item_labels");
          });

  // one dialect added: only MariaDB sees a change
  private static final FakeMigration MARIADB_LABELS =
      FakeMigration.of(
          3,
          "Replace item_labels",
          ops ->
              ops.replaceView(
                  "item_labels", LABELS.on("mariadb", "SELECT id, 'mariadb' AS source FROM items")),
          ops -> ops.replaceView("item_labels", LABELS));

  // the options alone change
  private static final ViewQuery GUARDED =
      ViewQuery.of(CHEAP.sql())
          .with(ViewQuery.CheckOption.CASCADED)
          .with(ViewQuery.Security.DEFINER)
          .withSecurityBarrier()
          .with(ViewQuery.Algorithm.MERGE);
  private static final FakeMigration OPTIONS =
      FakeMigration.of(
          4,
          "Replace cheap_items",
          ops -> ops.replaceView("cheap_items", GUARDED),
          ops -> ops.replaceView("cheap_items", CHEAP));

  /** The view's options as the database's catalog reports them, where it has any. */
  abstract List<String> options(String view);

  @Test
  void eachDatabaseRunsItsOwnQueryAndADialectAddedForOneChangesOnlyThatOne() {
    Strata strata = strata(ITEMS, VIEWS, MARIADB_LABELS);
    strata.upgrade(1);
    database.execute("INSERT INTO items (id, price) VALUES (1, 5), (2, 50)");

    strata.upgrade(2);
    String own = ownLabel(false);
    assertEquals(List.of("1|" + own, "2|" + own), labels());

    strata.upgrade();
    String afterwards = ownLabel(true);
    assertEquals(List.of("1|" + afterwards, "2|" + afterwards), labels());

    strata.downgrade(2);
    assertEquals(List.of("1|" + own, "2|" + own), labels());
    strata.downgrade(1);
    assertEquals(List.of(), database.viewNames());
    assertEquals(List.of("1|5", "2|50"), database.rows("SELECT id, price FROM items ORDER BY id"));
  }

  @Test
  void optionsAreCreatedChangedAloneAndRestoredOnTheWayDown() {
    Strata strata = strata(ITEMS, VIEWS, MARIADB_LABELS, OPTIONS);
    strata.upgrade(3);
    database.execute("INSERT INTO items (id, price) VALUES (1, 5)");
    List<String> declared = options("cheap_items");

    strata.upgrade();
    List<String> changed = options("cheap_items");
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM cheap_items"));

    strata.downgrade(3);
    assertEquals(declared, options("cheap_items"));
    assertEquals(expectedOptions(false), declared);
    assertEquals(expectedOptions(true), changed);
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM cheap_items"));
  }

  @Test
  void aMigrationThatFailsAfterChangingTheOptionsIsUndoneWithTheOldOptions() {
    FakeMigration failing =
        FakeMigration.of(
            4,
            "Replace cheap_items, then fail",
            ops -> {
              ops.replaceView("cheap_items", GUARDED);
              // items exists: the migration fails after the view has its new options
              ops.createTable(
                  new Table("items", List.of(Column.of("id", "INTEGER").notNull()), List.of("id")));
            },
            ops -> ops.replaceView("cheap_items", CHEAP));
    strata(ITEMS, VIEWS, MARIADB_LABELS).upgrade();
    database.execute("INSERT INTO items (id, price) VALUES (1, 5)");

    Strata strata = strata(ITEMS, VIEWS, MARIADB_LABELS, failing);
    assertThrows(StrataException.class, strata::upgrade);

    assertEquals(expectedOptions(false), options("cheap_items"));
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM cheap_items"));
  }

  @Test
  void aViewNobodyDeclaredKeepsItsOptionsWhenStrataRebuildsItOverAChangedView() {
    FakeMigration widened =
        FakeMigration.of(
            3,
            "Change the columns of cheap_items",
            ops -> {
              ops.dropView("cheap_items");
              ops.createView(
                  "cheap_items",
                  ViewQuery.of("SELECT id, price, price * 2 AS doubled FROM items WHERE price < 10")
                      .with(ViewQuery.CheckOption.LOCAL)
                      .with(ViewQuery.Security.INVOKER));
            },
            ops -> {
              ops.dropView("cheap_items");
              ops.createView("cheap_items", CHEAP);
            });
    strata(ITEMS, VIEWS).upgrade();
    database.execute("INSERT INTO items (id, price) VALUES (1, 5), (2, 1)");
    database.execute(invokerViewOnCheapItems());

    strata(ITEMS, VIEWS, widened).upgrade();

    assertEquals(expectedOptions(false), options("cheap_report"));
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM cheap_report"));
    strata(ITEMS, VIEWS, widened).downgrade(2);
    assertEquals(expectedOptions(false), options("cheap_report"));
  }

  /**
   * A view {@code cheap_report} over cheap_items, created by hand with the options cheap_items
   * declares (a local check option, the invoker's privileges) where the database has them.
   */
  abstract String invokerViewOnCheapItems();

  /** What the catalog says of cheap_items, before and after the options change. */
  abstract List<String> expectedOptions(boolean changed);

  private String ownLabel(boolean mariadbDialect) {
    return switch (kind()) {
      case H2 -> "h2";
      case POSTGRESQL -> "postgresql";
      default -> mariadbDialect ? "mariadb" : "mysql";
    };
  }

  private List<String> labels() {
    return database.rows("SELECT id, source FROM item_labels ORDER BY id");
  }
}
