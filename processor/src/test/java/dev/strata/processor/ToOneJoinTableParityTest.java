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
 * Hibernate as the oracle for a {@code @ManyToOne} or {@code @OneToOne} mapped through a
 * {@code @JoinTable}: a join table keyed by the owner's key, with the target's column, unique for a
 * one-to-one and NOT NULL for {@code optional = false}; from and to entities with composite keys
 * ({@code @IdClass}, {@code @EmbeddedId}), a column per key column; under {@code @OnDelete}, the
 * rule on the foreign key to the target, and under {@code @NotFound}, no such key (with {@code
 * IGNORE}, none to the owner either); and such associations added in a later version to tables with
 * rows.
 */
class ToOneJoinTableParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/toonejoins",
          "org.example.toonejoins",
          List.of("Tracked"),
          List.of("Courier", "Depot", "Label", "Parcel", "Crate"),
          false);

  private static final ParityModel KEYS =
      new ParityModel(
          "oracle/toonejoinkeys",
          "org.example.toonejoinkeys",
          List.of("SlotKey", "BayKey"),
          List.of("Slot", "Bay", "Forklift", "Pallet"),
          false);

  private static final ParityModel RULES =
      new ParityModel(
          "oracle/toonejoinrules",
          "org.example.toonejoinrules",
          List.of(),
          List.of("Courier", "Label", "Depot", "Tag", "Parcel"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aToOneThroughAJoinTableIsHibernatesJoinTable(DatabaseKind kind, boolean springNaming)
      throws Exception {
    MODEL.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aToOneThroughAJoinTableFromOrToACompositeKeyIsHibernatesJoinTable(
      DatabaseKind kind, boolean springNaming) throws Exception {
    KEYS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aToOneThroughAJoinTableToACompositeKeyAddedLaterKeepsTheRows(DatabaseKind kind)
      throws Exception {
    KEYS.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Pallet (id) VALUES (1)",
                "INSERT INTO Bay (aisle, level) VALUES (2, 3)",
                "INSERT INTO pallet_bay (id, bay_aisle, bay_level) VALUES (1, 2, 3)"),
        database -> {
          database.execute("INSERT INTO pallet_home (id, home_aisle, home_level) VALUES (1, 2, 3)");
          assertEquals(
              List.of("id,bay_aisle,bay_level", "1,2,3"),
              database.query("SELECT id, bay_aisle, bay_level FROM pallet_bay"));
        },
        database ->
            assertEquals(
                List.of("id,bay_aisle", "1,2"),
                database.query("SELECT id, bay_aisle FROM pallet_bay")));
  }

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void onDeleteRulesTheForeignKeyToTheTargetAndNotFoundLeavesItOut(
      DatabaseKind kind, boolean springNaming) throws Exception {
    RULES.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void toOnesThroughJoinTablesAddedLaterKeepTheRowsCascadeAndTakeMissingTargets(DatabaseKind kind)
      throws Exception {
    RULES.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Parcel (id) VALUES (1)",
                "INSERT INTO Courier (id) VALUES (2)",
                "INSERT INTO Courier (id) VALUES (3)",
                "INSERT INTO parcel_courier (id, courier_id) VALUES (1, 2)"),
        database -> {
          database.execute(
              "INSERT INTO parcel_driver (id, driver_id) VALUES (1, 3)",
              "DELETE FROM Courier WHERE id = 3",
              "INSERT INTO parcel_lost (id, lost_id) VALUES (5, 99)");
          assertEquals(List.of("id"), database.query("SELECT id FROM parcel_driver"));
          assertEquals(
              List.of("id,courier_id", "1,2"),
              database.query("SELECT id, courier_id FROM parcel_courier"));
        },
        database ->
            assertEquals(
                List.of("id,courier_id", "1,2"),
                database.query("SELECT id, courier_id FROM parcel_courier")));
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aToOneThroughAJoinTableAddedLaterKeepsTheRows(DatabaseKind kind) throws Exception {
    MODEL.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database ->
            database.execute(
                "INSERT INTO Label (id) VALUES (1)",
                "INSERT INTO Crate (id) VALUES (1)",
                "INSERT INTO Crate_Label (crateId, labelId) VALUES (1, 1)"),
        database -> {
          database.execute(
              "INSERT INTO Courier (id) VALUES (7)",
              "INSERT INTO crate_courier (id, courier_id) VALUES (1, 7)");
          assertEquals(
              List.of("crateid,labelid", "1,1"),
              database.query("SELECT crateId, labelId FROM Crate_Label"));
        },
        database -> assertEquals(List.of("id", "1"), database.query("SELECT id FROM Crate")));
  }
}
