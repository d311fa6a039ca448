package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keys whose column a later version widens from {@code Integer} to {@code Long}, so that Hibernate
 * orders a composite primary key over it otherwise (by size, then by name, case first): a
 * many-to-many's join table ({@code Invoice_Account}'s {@code [approvers_id, Invoice_id]} becomes
 * {@code [Invoice_id, approvers_id]}), an ordered list's and a map's collection tables, an
 * {@code @EmbeddedId}'s and an {@code @IdClass}'s entity tables, the last referred to by {@code
 * Dock}'s foreign key, whose columns follow the key's order. Version 2's migration builds each
 * table again in Hibernate's order with its rows (on MariaDB with the index a foreign key needs as
 * Hibernate's schema has it; the foreign key to Bay dropped around it, as MariaDB refuses one that
 * no index of Bay leads), and the downgrade builds it back, on every database and naming, with
 * Hibernate's export as the oracle at each version. Under Spring Boot's naming the join table's and
 * the map's keys keep their order ({@code approvers_id} before {@code invoice_id} either way).
 */
class KeyReorderParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/keyreorder",
          "org.example.keyreorder",
          List.of("SeatId"),
          List.of("Account", "Invoice", "Shelf", "Seat", "Bay", "Dock"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void keysReorderedByAWidenedColumnAreBuiltAgainWithTheirRows(
      DatabaseKind kind, boolean springNaming) throws Exception {
    ParityModel model = MODEL.withNaming(springNaming);
    model.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database -> insertRows(model, database),
        database -> assertRows(model, database),
        database -> assertRows(model, database));
  }

  private static void insertRows(ParityModel model, TestDatabase database) throws Exception {
    String shelf = model.name("Shelf_id");
    database.execute(
        "INSERT INTO " + model.name("Account") + " (id, holder) VALUES (1, 'Ada'), (2, 'Bob')",
        "INSERT INTO " + model.name("Invoice") + " (id) VALUES (10)",
        "INSERT INTO "
            + links(model)
            + " ("
            + model.name("Invoice_id")
            + ", approvers_id) VALUES (10, 1), (10, 2)",
        "INSERT INTO " + model.name("Shelf") + " (id) VALUES (5)",
        "INSERT INTO "
            + model.name("Shelf_tags")
            + " ("
            + shelf
            + ", tags, "
            + model.name("tags_ORDER")
            + ") VALUES (5, 'oak', 0), (5, 'tall', 1)",
        "INSERT INTO "
            + model.name("Shelf_labels")
            + " ("
            + shelf
            + ", "
            + model.name("labels_KEY")
            + ", labels) VALUES (5, 1, 'top'), (5, 2, 'low')",
        "INSERT INTO " + model.name("Seat") + " (code, area, label) VALUES (3, 4, 'aisle')",
        "INSERT INTO " + model.name("Bay") + " (code, area, crane) VALUES (6, 7, 'north')",
        "INSERT INTO " + model.name("Dock") + " (id, bay_code, bay_area) VALUES (8, 6, 7)");
  }

  private static void assertRows(ParityModel model, TestDatabase database) throws Exception {
    String shelf = model.name("Shelf_id");
    assertEquals(
        List.of("holder", "Ada", "Bob"),
        database.query(
            "SELECT a.holder FROM "
                + model.name("Account")
                + " a JOIN "
                + links(model)
                + " l ON l.approvers_id = a.id WHERE l."
                + model.name("Invoice_id")
                + " = 10 ORDER BY a.holder"));
    assertEquals(
        List.of("tags", "oak", "tall"),
        database.query(
            "SELECT tags FROM "
                + model.name("Shelf_tags")
                + " WHERE "
                + shelf
                + " = 5 ORDER BY "
                + model.name("tags_ORDER")));
    assertEquals(
        List.of("labels", "top", "low"),
        database.query(
            "SELECT labels FROM "
                + model.name("Shelf_labels")
                + " WHERE "
                + shelf
                + " = 5 ORDER BY "
                + model.name("labels_KEY")));
    assertEquals(
        List.of("label", "aisle"),
        database.query("SELECT label FROM " + model.name("Seat") + " WHERE code = 3 AND area = 4"));
    assertEquals(
        List.of("crane", "north"),
        database.query(
            "SELECT b.crane FROM "
                + model.name("Bay")
                + " b JOIN "
                + model.name("Dock")
                + " d ON d.bay_code = b.code AND d.bay_area = b.area WHERE d.id = 8"));
  }

  private static String links(ParityModel model) {
    // Spring Boot names a join table by the collection, Hibernate by the two entities
    return model.spring() ? "invoice_approvers" : "Invoice_Account";
  }
}
