package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view's check option at work, on the databases that have one (PostgreSQL and MariaDB in the
 * subclasses); H2 has none, and its views take no rows at all ({@link H2ViewDialectTest}).
 */
abstract class CheckOptionScenarios extends ViewDialectScenarios {

  @Test
  void theCheckOptionRefusesRowsTheViewWouldNotShow() {
    strata(ITEMS, VIEWS).upgrade();
    database.execute("INSERT INTO cheap_items (id, price) VALUES (1, 5)");

    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO cheap_items (id, price) VALUES (2, 50)"));
    assertEquals(List.of("1|5"), database.rows("SELECT id, price FROM items ORDER BY id"));
  }

  @Test
  void aQueryEndingInALineCommentKeepsItsCheckOption() {
    // MySQL appends the check option after the query, where the comment would swallow it
    FakeMigration commented =
        FakeMigration.of(
            2,
            "Create cheap_items",
            ops ->
                ops.createView(
                    "cheap_items",
                    ViewQuery.of("SELECT id, price FROM items WHERE price < 10 -- the cheap ones")
                        .with(ViewQuery.CheckOption.LOCAL)),
            ops -> ops.dropView("cheap_items"));
    strata(ITEMS, commented).upgrade();
    database.execute("INSERT INTO cheap_items (id, price) VALUES (1, 5)");

    assertThrows(
        IllegalStateException.class,
        () -> database.execute("INSERT INTO cheap_items (id, price) VALUES (2, 50)"));
  }
}
