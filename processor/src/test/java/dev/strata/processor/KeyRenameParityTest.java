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
 * A key column renamed with {@code @RenamedFrom("id")} on an {@code @Id} now called {@code code},
 * both on the entity that owns collections ({@code Shop}) and on the one that keys maps, a join
 * table and joined subclasses ({@code Item}): the columns named after the owner's key are renamed
 * with their rows ({@code Shop_id} in an element collection's, a map's and a many-to-many's table),
 * and so is the target's side of the join table ({@code items_id}); a map's entity key column is
 * named after the attribute ({@code stock_KEY}, {@code offers_KEY}) and keeps its name, only its
 * foreign key referring to the renamed column; a joined subclass's key under a
 * {@code @PrimaryKeyJoinColumn} of defaults follows the root's ({@code id} to {@code code}), while
 * one that {@code @PrimaryKeyJoinColumn(name = "code")} names keeps it.
 */
class KeyRenameParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/keyrename",
          "org.example.keyrename",
          List.of(),
          List.of("Item", "Gadget", "Widget", "Offer", "Shop"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void renamedKeysRenameTheColumnsNamedAfterThemWithTheirRows(
      DatabaseKind kind, boolean springNaming) throws Exception {
    ParityModel model = MODEL.withNaming(springNaming);
    model.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO "
                    + model.name("Item")
                    + " (id, label) VALUES (1, 'lamp'), (2, 'fan'), (3, 'cup')",
                "INSERT INTO " + model.name("Gadget") + " (id, power) VALUES (1, '5W')",
                "INSERT INTO " + model.name("Widget") + " (code, shade) VALUES (2, 'red')",
                "INSERT INTO " + model.name("Shop") + " (id) VALUES (7)",
                "INSERT INTO " + model.name("Offer") + " (id, price) VALUES (10, 99)",
                "INSERT INTO "
                    + model.name("Shop_stock")
                    + " ("
                    + model.name("Shop_id")
                    + ", stock, "
                    + model.name("stock_KEY")
                    + ") VALUES (7, 4, 1)",
                "INSERT INTO "
                    + offers(model)
                    + " ("
                    + model.name("Shop_id")
                    + ", offers_id, "
                    + model.name("offers_KEY")
                    + ") VALUES (7, 10, 2)",
                "INSERT INTO "
                    + model.name("Shop_tags")
                    + " ("
                    + model.name("Shop_id")
                    + ", tags) VALUES (7, 'open')",
                "INSERT INTO "
                    + items(model)
                    + " ("
                    + model.name("Shop_id")
                    + ", items_id) VALUES (7, 3)"),
        database -> assertRows(model, database, "code"),
        database -> assertRows(model, database, "id"));
  }

  /** Every row the first version wrote, read through the key columns {@code key} names. */
  private static void assertRows(ParityModel model, TestDatabase database, String key)
      throws Exception {
    String shop = model.name("Shop_" + key);
    assertEquals(
        List.of("1,lamp,5W", "2,fan,red"),
        database
            .query(
                "SELECT i."
                    + key
                    + ", i.label, COALESCE(g.power, w.shade) FROM "
                    + model.name("Item")
                    + " i LEFT JOIN "
                    + model.name("Gadget")
                    + " g ON g."
                    + key
                    + " = i."
                    + key
                    + " LEFT JOIN "
                    + model.name("Widget")
                    + " w ON w.code = i."
                    + key
                    + " WHERE i."
                    + key
                    + " < 3 ORDER BY i."
                    + key)
            .stream()
            .skip(1)
            .toList());
    assertEquals(
        List.of("7,4,1,10,2,open,3"),
        database
            .query(
                "SELECT s."
                    + shop
                    + ", s.stock, s."
                    + model.name("stock_KEY")
                    + ", o.offers_id, o."
                    + model.name("offers_KEY")
                    + ", t.tags, m.items_"
                    + key
                    + " FROM "
                    + model.name("Shop_stock")
                    + " s JOIN "
                    + offers(model)
                    + " o ON o."
                    + shop
                    + " = s."
                    + shop
                    + " JOIN "
                    + model.name("Shop_tags")
                    + " t ON t."
                    + shop
                    + " = s."
                    + shop
                    + " JOIN "
                    + items(model)
                    + " m ON m."
                    + shop
                    + " = s."
                    + shop)
            .stream()
            .skip(1)
            .toList());
  }

  /** The join table of Shop.offers, named after the tables or, by Spring Boot, the field. */
  private static String offers(ParityModel model) {
    return model.spring() ? "shop_offers" : "Shop_Offer";
  }

  /** The join table of Shop.items, named after the tables or, by Spring Boot, the field. */
  private static String items(ParityModel model) {
    return model.spring() ? "shop_items" : "Shop_Item";
  }
}
