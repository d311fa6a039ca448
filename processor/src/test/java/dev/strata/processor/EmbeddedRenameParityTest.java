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
 * {@code labels_scores_KEY}), and back on a downgrade. Under a pattern given as a value, renaming
 * the field changes no column. Before, the annotation was ignored on an embedded field: the columns
 * were dropped with their rows and added empty.
 */
class EmbeddedRenameParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/embeddedrename",
          "org.example.embeddedrename",
          List.of("Geo", "Address", "Labels", "ParcelKey"),
          List.of("Shipper", "Parcel"),
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
                    + " (key_zone, key_serial, content) VALUES ('north', 3, 'books')"),
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
        });
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
