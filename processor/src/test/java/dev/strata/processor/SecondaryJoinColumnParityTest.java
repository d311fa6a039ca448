package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate as the oracle for {@code @JoinColumn(table)}: a {@code @ManyToOne}'s or
 * {@code @OneToOne}'s join column in a {@code @SecondaryTable} of the entity, with its foreign key
 * (and a one-to-one's unique constraint) there; and one added in a later version to a table with
 * rows.
 */
class SecondaryJoinColumnParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/secondaryjoins",
          "org.example.secondaryjoins",
          List.of(),
          List.of("Depot", "Label", "Shipment"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aJoinColumnNamingASecondaryTableIsInItAsInHibernate(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aJoinColumnAddedLaterToASecondaryTableKeepsTheRows(DatabaseKind kind) throws Exception {
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Depot (id) VALUES (1)",
                "INSERT INTO Label (id) VALUES (1)",
                "INSERT INTO Shipment (id, note) VALUES (1, 'n')",
                "INSERT INTO shipment_extra (id, memo, depotId, label_id) VALUES (1, 'm', 1, 1)"),
        database -> {
          database.execute("UPDATE shipment_extra SET backup_id = 1 WHERE id = 1");
          assertEquals(
              List.of("memo,depotid,label_id,backup_id", "m,1,1,1"),
              database.query("SELECT memo, depotId, label_id, backup_id FROM shipment_extra"));
        },
        database ->
            assertEquals(
                List.of("memo,depotid,label_id", "m,1,1"),
                database.query("SELECT memo, depotId, label_id FROM shipment_extra")));
  }
}
