package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Views per database on H2, which has no view options: they are not rendered there, as the README
 * says of an option a database lacks when the module does not target it (a module that targets h2
 * gets a compile-time error instead).
 */
class H2ViewDialectTest extends ViewDialectScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  List<String> options(String view) {
    return database.rows(
        "SELECT CHECK_OPTION FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
            + view.toUpperCase(Locale.ROOT)
            + "'");
  }

  @Override
  List<String> expectedOptions(boolean changed) {
    // the view is there, once, with no option to report
    return List.of("NONE");
  }

  @Override
  String invokerViewOnCheapItems() {
    return "CREATE VIEW cheap_report AS SELECT id, price FROM cheap_items WHERE price > 1";
  }

  @Test
  void aCheckOptionIsLeftOutOnH2WhoseViewsTakeNoRows() {
    // H2 refuses WITH LOCAL CHECK OPTION as a syntax error: rendered, it would fail the upgrade
    strata(ITEMS, VIEWS).upgrade();
    database.execute("INSERT INTO items (id, price) VALUES (1, 5), (2, 50)");

    assertEquals(List.of("NONE"), options("cheap_items"));
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM cheap_items"));
    // what a check option would guard cannot happen: H2 writes no row through a view
    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO cheap_items (id, price) VALUES (3, 1)"));
    assertEquals(List.of("1|5", "2|50"), database.rows("SELECT id, price FROM items ORDER BY id"));
  }
}
