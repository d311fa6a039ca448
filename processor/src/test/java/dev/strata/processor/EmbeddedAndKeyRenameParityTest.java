package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An embedded field or embedded id renamed with {@code @RenamedFrom} under a bare
 * {@code @EmbeddedColumnNaming}, whose pattern is made of the field's name: every column the
 * pattern names is renamed with its rows ({@code home_street} to {@code residence_street}), through
 * a nested embedding renamed too ({@code home_geo_lat} to {@code residence_position_lat}), and the
 * columns its collections own in their tables ({@code labels_tags}, {@code labels_notes_ORDER},
 * {@code labels_scores_KEY}), and back on a downgrade. A renamed key column, an embedded id's or a
 * plain {@code @Id}'s ({@code @RenamedFrom("id") Long code}), renames the columns named after it
 * that refer to it: a to-one's ({@code parcel_key_zone}, {@code courier_id}), a collection table's
 * ({@code Parcel_key_zone}), a join table's ({@code helpers_id}) and a one-to-many's in the other
 * table ({@code vans_id}), and the key of a joined subclass's and a secondary table ({@code id})
 * with the subclass's collection table's ({@code Cyclist_id}). Under a pattern given as a value,
 * renaming the field changes no column. Before, the annotation was ignored on an embedded field:
 * the columns were dropped with their rows and added empty.
 */
class EmbeddedAndKeyRenameParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/embeddedrename",
          "org.example.embeddedrename",
          List.of("Geo", "Address", "Labels", "ParcelKey"),
          List.of("Shipper", "Parcel", "Courier", "Cyclist", "Delivery", "Van"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void renamedEmbeddedFieldsRenameTheColumnsTheirPatternsNameWithTheirRows(
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
                    + model.name("Shipper")
                    + " (id, home_street, home_town, home_geo_lat, work_street, work_geo_lat,"
                    + " labels_color) VALUES (1, 'Elm Row', 'Leith', 55.9, 'Quay 4', 56.1, 'red')",
                "INSERT INTO "
                    + model.name("Shipper_tags")
                    + " ("
                    + model.name("Shipper_id")
                    + ", labels_tags) VALUES (1, 'fragile')",
                "INSERT INTO "
                    + model.name("Shipper_notes")
                    + " ("
                    + model.name("Shipper_id")
                    + ", labels_notes, "
                    + model.name("labels_notes_ORDER")
                    + ") VALUES (1, 'ring twice', 0)",
                "INSERT INTO "
                    + model.name("Shipper_scores")
                    + " ("
                    + model.name("Shipper_id")
                    + ", labels_scores, "
                    + model.name("labels_scores_KEY")
                    + ") VALUES (1, 5, 'speed')",
                "INSERT INTO "
                    + model.name("Parcel")
                    + " (key_zone, key_serial, content) VALUES ('north', 3, 'books')",
                "INSERT INTO "
                    + model.name("Parcel_stickers")
                    + " ("
                    + model.name("Parcel_key_zone")
                    + ", "
                    + model.name("Parcel_key_serial")
                    + ", stickers) VALUES ('north', 3, 'fragile')",
                "INSERT INTO " + model.name("Courier") + " (id) VALUES (7)",
                "INSERT INTO " + model.name("Courier") + " (id) VALUES (8)",
                "INSERT INTO " + model.name("Van") + " (id, vans_id) VALUES (1, 7)",
                "INSERT INTO courier_badge (id, badge) VALUES (7, 'gold')",
                "INSERT INTO " + model.name("Cyclist") + " (id, bell) VALUES (8, 'ding')",
                "INSERT INTO "
                    + model.name("Cyclist_routes")
                    + " ("
                    + model.name("Cyclist_id")
                    + ", routes) VALUES (8, 'canal')",
                "INSERT INTO "
                    + model.name("Delivery")
                    + " (id, parcel_key_zone, parcel_key_serial, courier_id)"
                    + " VALUES (9, 'north', 3, 7)",
                "INSERT INTO "
                    + helpers(springNaming)
                    + " ("
                    + model.name("Delivery_id")
                    + ", helpers_id) VALUES (9, 8)"),
        database -> {
          assertEquals(
              List.of(
                  "residence_street,residence_town,residence_position_lat,work_street,"
                      + "work_position_lat,badges_color",
                  "Elm Row,Leith,55.9,Quay 4,56.1,red"),
              database.query(
                  "SELECT residence_street, residence_town, residence_position_lat, work_street,"
                      + " work_position_lat, badges_color FROM "
                      + model.name("Shipper")));
          assertEquals(
              List.of("badges_tags,badges_notes,notes_order,badges_scores,scores_key", rows()),
              database.query(collections(model, "badges")));
          assertEquals(
              List.of("code_zone,code_serial,content", "north,3,books"),
              database.query(
                  "SELECT code_zone, code_serial, content FROM " + model.name("Parcel")));
          assertEquals(
              List.of(
                  "parcel_code_zone,parcel_code_serial,courier_code,helpers_code", "north,3,7,8"),
              database.query(
                  "SELECT d.parcel_code_zone, d.parcel_code_serial, d.courier_code, h.helpers_code"
                      + " FROM "
                      + model.name("Delivery")
                      + " d, "
                      + helpers(springNaming)
                      + " h"));
          assertEquals(
              List.of("vans_code", "7"),
              database.query("SELECT vans_code FROM " + model.name("Van")));
          assertEquals(
              List.of("badge,bell,routes", "gold,ding,canal"),
              database.query(subclassAndSecondary(model, "code")));
          assertEquals(
              List.of("parcel_code_zone,stickers", "north,fragile"),
              database.query(
                  "SELECT "
                      + model.name("Parcel_code_zone")
                      + " AS parcel_code_zone, stickers FROM "
                      + model.name("Parcel_stickers")));
        },
        database -> {
          assertEquals(
              List.of(
                  "home_street,home_town,home_geo_lat,work_geo_lat,labels_color",
                  "Elm Row,Leith,55.9,56.1,red"),
              database.query(
                  "SELECT home_street, home_town, home_geo_lat, work_geo_lat, labels_color FROM "
                      + model.name("Shipper")));
          assertEquals(
              List.of("labels_tags,labels_notes,notes_order,labels_scores,scores_key", rows()),
              database.query(collections(model, "labels")));
          assertEquals(
              List.of("key_zone,key_serial", "north,3"),
              database.query("SELECT key_zone, key_serial FROM " + model.name("Parcel")));
          assertEquals(
              List.of("parcel_key_zone,courier_id,helpers_id,parcel_key_serial", "north,7,8,3"),
              database.query(
                  "SELECT d.parcel_key_zone, d.courier_id, h.helpers_id, s."
                      + model.name("Parcel_key_serial")
                      + " AS parcel_key_serial FROM "
                      + model.name("Delivery")
                      + " d, "
                      + helpers(springNaming)
                      + " h, "
                      + model.name("Parcel_stickers")
                      + " s"));
          assertEquals(
              List.of("vans_id", "7"), database.query("SELECT vans_id FROM " + model.name("Van")));
          assertEquals(
              List.of("badge,bell,routes", "gold,ding,canal"),
              database.query(subclassAndSecondary(model, "id")));
        });
  }

  /** The join table of Delivery.helpers, named after the tables or, by Spring Boot, the field. */
  private static String helpers(boolean springNaming) {
    return springNaming ? "delivery_helpers" : "Delivery_Courier";
  }

  /**
   * The rows of Courier's secondary table, its subclass's table and that one's collection table,
   * joined by their key columns, which {@code key} names.
   */
  private static String subclassAndSecondary(ParityModel model, String key) {
    return "SELECT b.badge, c.bell, r.routes FROM courier_badge b, "
        + model.name("Cyclist")
        + " c, "
        + model.name("Cyclist_routes")
        + " r WHERE b."
        + key
        + " = 7 AND c."
        + key
        + " = 8 AND r."
        + model.name("Cyclist_" + key)
        + " = c."
        + key;
  }

  private static String rows() {
    return "fragile,ring twice,0,5,speed";
  }

  /** The rows of the three collection tables, whose columns {@code prefix} names. */
  private static String collections(ParityModel model, String prefix) {
    return "SELECT t."
        + prefix
        + "_tags, n."
        + prefix
        + "_notes, n."
        + model.name(prefix + "_notes_ORDER")
        + " AS notes_order, s."
        + prefix
        + "_scores, s."
        + model.name(prefix + "_scores_KEY")
        + " AS scores_key FROM "
        + model.name("Shipper_tags")
        + " t, "
        + model.name("Shipper_notes")
        + " n, "
        + model.name("Shipper_scores")
        + " s";
  }
}
