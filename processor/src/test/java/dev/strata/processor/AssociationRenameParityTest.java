package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @RenamedFrom} on a to-one whose join column no annotation names may name the association
 * it was ({@code mainOwner}), as it does on a collection, and not only the column: the column,
 * {@code mainOwner_ownerKey} after the key it refers to, is renamed with its rows, here with the
 * key renamed in the same version ({@code ownerKey} to {@code accountKey}), and back on a
 * downgrade. Before, Strata took {@code mainOwner} for the column's former name, found none, and
 * dropped the column for an empty {@code primaryOwner_accountKey}, under both namings, with no more
 * than the compiler's warning of the drop.
 */
class AssociationRenameParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aToOneRenamedByItsAttributeKeepsItsReferences(DatabaseKind kind, boolean spring)
      throws Exception {
    ParityModel model =
        new ParityModel(
            "oracle/associationrename",
            "org.example.associationrename",
            List.of("HerdKey"),
            List.of("Owner", "Animal", "Herd", "Cow"),
            spring);
    String owners = model.name("Owner");
    String animals = model.name("Animal");
    model.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO " + owners + " (" + model.name("ownerKey") + ") VALUES (4)",
                "INSERT INTO "
                    + animals
                    + " (id, "
                    + model.name("mainOwner_ownerKey")
                    + ") VALUES (1, 4)",
                "INSERT INTO " + model.name("Herd") + " (farm, pen) VALUES ('f', 2)",
                "INSERT INTO "
                    + model.name("Cow")
                    + " (id, "
                    + model.name("homeHerd_farm")
                    + ", "
                    + model.name("homeHerd_pen")
                    + ") VALUES (1, 'f', 2)"),
        database -> {
          assertEquals(
              List.of(model.name("primaryOwner_accountKey").toLowerCase(), "4"),
              database.query(
                  "SELECT " + model.name("primaryOwner_accountKey") + " FROM " + animals));
          assertEquals(
              List.of(model.name("herd_farm") + "," + model.name("herd_pen"), "f,2"),
              database.query(
                  "SELECT "
                      + model.name("herd_farm")
                      + ", "
                      + model.name("herd_pen")
                      + " FROM "
                      + model.name("Cow")));
        },
        database ->
            assertEquals(
                List.of(model.name("mainOwner_ownerKey").toLowerCase(), "4"),
                database.query("SELECT " + model.name("mainOwner_ownerKey") + " FROM " + animals)));
  }
}
