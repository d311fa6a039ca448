package dev.strata.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.DatabaseKind;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Operations;
import dev.strata.runtime.StepContext;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.testing.FakeMigration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A stored downgrade replays exactly the calls it recorded, whatever text their arguments hold. */
class OperationLogTest {

  private static final Consumer<Operations> EVERY_CALL =
      ops -> {
        ops.createTable(
            new Table(
                    "shop.items",
                    List.of(
                        Column.of("id", "BIGINT").generatedAsIdentity(),
                        Column.of("name", "VARCHAR(100)")
                            .notNull()
                            .withDefault("'-: 12:x'")
                            .withComment("it's 3:a name")),
                    List.of("id"))
                .withComment("one row\nper item"));
        ops.commentOnTable("shop.items", Optional.empty());
        ops.commentOnTable("shop.items", Optional.of("the items"));
        ops.commentOnColumn("shop.items", Column.of("id", "BIGINT").notNull());
        ops.createView("cheap", "SELECT id\nFROM items WHERE name <> '3:abc' -- note");
        ops.replaceView("cheap", "SELECT id FROM items");
        ops.renameView("cheap", "inexpensive");
        ops.dropView("inexpensive");
        ops.createMaterializedView(
            "totals",
            "SELECT name, COUNT(*) AS n FROM items GROUP BY name",
            false,
            List.of(
                Index.uniqueOn("totals_name_key", List.of("name")),
                Index.on("totals_n_idx", List.of("n", "name"))));
        ops.dropMaterializedView("totals");
        ops.renameTable("items", "goods");
        ops.addColumn("goods", Column.of("price", "DECIMAL(10,2)").withComment("gross"));
        ops.alterColumn("goods", Column.of("price", "DECIMAL(12,2)").notNull().withComment("net"));
        ops.dropDefault("goods", "name");
        ops.renameColumn("goods", "price", "cost");
        ops.dropColumn("goods", "cost");
        ops.createIndex("goods", Index.uniqueOn("goods_name_key", List.of("name", "id")));
        ops.dropIndex("goods", "goods_name_key");
        ops.createIndex(
            "goods",
            Index.on("goods_latest_idx", List.of("name", "id")).withDescending(List.of("id")));
        ops.dropIndex("goods", "goods_latest_idx");
        ops.addForeignKey(
            "orders", new ForeignKey("orders_goods", List.of("goods_id"), "goods", List.of("id")));
        ops.dropForeignKey("orders", "orders_goods");
        ops.addForeignKey(
            "orders",
            new ForeignKey(
                "orders_goods",
                List.of("goods_id"),
                "goods",
                List.of("id"),
                ForeignKey.OnDelete.SET_NULL));
        ops.dropForeignKey("orders", "orders_goods");
        ops.addCheck("goods", new Check("goods_name_check", "name <> ''"));
        ops.dropCheck("goods", "goods_name_check");
        ops.execute("UPDATE goods SET name = NULL");
        ops.createSequence("goods_seq", 1L, 50L);
        ops.dropSequence("goods_seq");
        ops.createMaterializedView(
            "goods_totals",
            "SELECT name, COUNT(*) AS n FROM goods GROUP BY name",
            false,
            List.of(Index.uniqueOn("goods_totals_name_key", List.of("name"))));
        ops.createMaterializedViewIndex(
            "goods_totals", Index.on("goods_totals_n_idx", List.of("n", "name")));
        ops.dropMaterializedViewIndex("goods_totals", "goods_totals_name_key");
        ops.dropMaterializedView("goods_totals");
        ops.dropTable("goods");
      };

  @Test
  void replayingAStoredLogMakesTheSameCallsAsTheMigration() {
    FakeMigration migration = FakeMigration.of(1, "All", ops -> {}, EVERY_CALL);
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));

    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    for (DatabaseKind kind : List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL)) {
      Dialect dialect = Dialects.of(kind);
      assertEquals(
          RecordingOperations.render(dialect, migration, Direction.DOWNGRADE),
          RecordingOperations.render(dialect, replayed, Direction.DOWNGRADE));
    }
  }

  private static final ViewQuery TAG_LISTS =
      ViewQuery.of("SELECT id, name AS tags FROM items")
          .on("postgresql", "SELECT id, name::text AS tags\nFROM items -- 4:note")
          .on("mariadb", "SELECT id, CONCAT(name, '') AS tags FROM items")
          .with(ViewQuery.CheckOption.CASCADED)
          .with(ViewQuery.Security.INVOKER)
          .withSecurityBarrier()
          .with(ViewQuery.Algorithm.MERGE);

  @Test
  void aViewWithSqlPerDatabaseAndOptionsIsStoredWholeAndReplayedForEachDatabase() {
    FakeMigration migration =
        FakeMigration.of(
            1,
            "Tags",
            ops -> {},
            ops -> {
              ops.createView("tag_lists", TAG_LISTS);
              ops.replaceView(
                  "tag_lists",
                  ViewQuery.of("SELECT id FROM items").with(ViewQuery.Security.DEFINER));
              ops.replaceView("tag_lists", ViewQuery.of("SELECT id, name FROM items"));
            });
    OperationLog log = OperationLog.of(migration, Direction.DOWNGRADE);
    String stored = log.encoded();

    assertTrue(log.storable(), log.unstorableBecause());
    assertTrue(stored.startsWith("12:operations/2"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    for (DatabaseKind kind : DatabaseKind.values()) {
      Dialect dialect = Dialects.of(kind);
      assertEquals(
          RecordingOperations.render(dialect, migration, Direction.DOWNGRADE),
          RecordingOperations.render(dialect, replayed, Direction.DOWNGRADE),
          kind.name());
    }
    assertEquals(
        List.of("tag_lists+", "tag_lists+", "tag_lists+"),
        log.views().stream().map(v -> v.name() + (v.sql() == null ? "-" : "+")).toList());
  }

  // a build that predates them refuses the log instead of writing "json AS GIVEN" into its DDL
  @Test
  void aColumnWhoseTypeIsGivenAsItIsIsStoredInAFormatOfItsOwn() {
    FakeMigration migration =
        FakeMigration.of(
            1,
            "Given",
            ops -> {},
            ops -> {
              ops.replaceView(
                  "tag_lists", ViewQuery.of("SELECT id FROM items").on("h2", "SELECT 1"));
              ops.addColumn("items", Column.of("payload", "json AS GIVEN"));
              ops.alterColumn("items", Column.of("code", "char(2) AS GIVEN").notNull());
              ops.replaceView(
                  "tag_lists", ViewQuery.of("SELECT id FROM items").on("h2", "SELECT 2"));
            });
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    assertTrue(stored.startsWith("12:operations/3"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    for (DatabaseKind kind : DatabaseKind.values()) {
      Dialect dialect = Dialects.of(kind);
      assertEquals(
          RecordingOperations.render(dialect, migration, Direction.DOWNGRADE),
          RecordingOperations.render(dialect, replayed, Direction.DOWNGRADE),
          kind.name());
    }
    assertTrue(
        String.join(
                "\n",
                RecordingOperations.render(
                    Dialects.of(DatabaseKind.POSTGRESQL), replayed, Direction.DOWNGRADE))
            .contains("ADD COLUMN payload json"));
  }

  // a build that reads format 3 at most refuses the log instead of writing the values into its DDL
  @Test
  void anEnumInAColumnOfAGivenTypeIsStoredInAFormatOfItsOwn() {
    FakeMigration migration =
        FakeMigration.of(
            1,
            "Given enum",
            ops -> {},
            ops -> {
              ops.addColumn("items", Column.of("payload", "json AS GIVEN"));
              ops.addColumn("items", Column.of("status", "varchar(32) AS GIVEN ENUM('A','B')"));
              ops.replaceView(
                  "tag_lists", ViewQuery.of("SELECT id FROM items").on("h2", "SELECT 2"));
            });
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    assertTrue(stored.startsWith("12:operations/4"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    assertTrue(
        String.join(
                "\n",
                RecordingOperations.render(
                    Dialects.of(DatabaseKind.POSTGRESQL), replayed, Direction.DOWNGRADE))
            .contains("status varchar(32) CONSTRAINT status_enum_check"));
  }

  // a build that reads format 4 at most refuses the log instead of failing on the call half-way
  @Test
  void aSequencesRenameIsStoredInAFormatOfItsOwnAndRenderedForEachDatabase() {
    FakeMigration migration =
        FakeMigration.of(
            1, "Renamed", ops -> {}, ops -> ops.renameSequence("StorageBin_SEQ", "Bin_SEQ"));
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    assertTrue(stored.startsWith("12:operations/5"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    assertEquals(
        List.of("ALTER SEQUENCE StorageBin_SEQ RENAME TO Bin_SEQ"),
        RecordingOperations.render(
            Dialects.of(DatabaseKind.POSTGRESQL), replayed, Direction.DOWNGRADE));
    assertEquals(
        List.of("RENAME TABLE StorageBin_SEQ TO Bin_SEQ"),
        RecordingOperations.render(Dialects.of(DatabaseKind.MYSQL), replayed, Direction.DOWNGRADE));
    List<String> h2 =
        RecordingOperations.render(Dialects.of(DatabaseKind.H2), replayed, Direction.DOWNGRADE);
    assertEquals(3, h2.size(), h2::toString);
    assertEquals("DROP SEQUENCE IF EXISTS StorageBin_SEQ", h2.get(2));
  }

  @Test
  void aSequenceStartedAfterKeysIsStoredInAFormatOfItsOwnAndRenderedForEachDatabase() {
    FakeMigration migration =
        FakeMigration.of(
            1,
            "Started",
            ops -> {},
            ops -> ops.startSequenceAfterKeys("Invoice_SEQ", 50L, "Invoice", "id"));
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    assertTrue(stored.startsWith("12:operations/6"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    assertEquals(
        List.of(
            "SELECT setval('Invoice_SEQ', GREATEST((SELECT CASE WHEN is_called THEN last_value"
                + " + 50 ELSE last_value END FROM Invoice_SEQ), (SELECT MAX(id) + 50 FROM"
                + " Invoice)), false)"),
        RecordingOperations.render(
            Dialects.of(DatabaseKind.POSTGRESQL), replayed, Direction.DOWNGRADE));
    assertEquals(
        List.of(
            "SET @strata_next_key = COALESCE((SELECT MAX(id) + 50 FROM Invoice), 0)",
            "EXECUTE IMMEDIATE CONCAT('SELECT SETVAL(Invoice_SEQ, ', @strata_next_key, ', 0)')"),
        RecordingOperations.render(Dialects.of(DatabaseKind.MYSQL), replayed, Direction.DOWNGRADE));
  }

  @Test
  void aMaterializedViewWithSqlPerDatabaseIsStoredWholeAndReplayedForEachDatabase() {
    ViewQuery totals =
        ViewQuery.of("SELECT name, LISTAGG(id, ',') AS ids FROM items GROUP BY name")
            .on("postgresql", "SELECT name, string_agg(id::text, ',') AS ids FROM items GROUP BY 1")
            .on("mysql", "SELECT name, GROUP_CONCAT(id) AS ids FROM items GROUP BY name");
    FakeMigration migration =
        FakeMigration.of(
            1,
            "Totals",
            ops -> {},
            ops ->
                ops.createMaterializedView(
                    "totals",
                    totals,
                    true,
                    List.of(Index.uniqueOn("totals_key", List.of("name")))));
    String stored = OperationLog.of(migration, Direction.DOWNGRADE).encoded();

    assertTrue(stored.startsWith("12:operations/2"), stored);
    FakeMigration replayed =
        FakeMigration.of(1, "Replayed", ops -> {}, ops -> OperationLog.replay(stored, ops));
    assertEquals(stored, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
    for (DatabaseKind kind : DatabaseKind.values()) {
      List<String> rendered =
          RecordingOperations.render(Dialects.of(kind), replayed, Direction.DOWNGRADE);
      assertEquals(
          RecordingOperations.render(Dialects.of(kind), migration, Direction.DOWNGRADE),
          rendered,
          kind.name());
      String own =
          switch (kind) {
            case POSTGRESQL -> "string_agg";
            case MYSQL -> "GROUP_CONCAT";
            default -> "LISTAGG";
          };
      assertTrue(rendered.get(0).contains(own), kind + ": " + rendered);
    }
  }

  @Test
  void aMaterializedViewWithOneQueryIsStoredInFormat1AsBefore() {
    OperationLog log =
        OperationLog.of(
            FakeMigration.of(
                1,
                "Plain",
                ops -> {},
                ops ->
                    ops.createMaterializedView(
                        "totals", ViewQuery.of("SELECT id FROM items"), false, List.of())),
            Direction.DOWNGRADE);

    assertEquals(
        "12:operations/122:createMaterializedView6:totals20:SELECT id FROM items5:false1:0",
        log.encoded());
  }

  @Test
  void aLogWithoutViewQueriesIsStoredInFormat1AsBefore() {
    OperationLog log =
        OperationLog.of(
            FakeMigration.of(
                1,
                "Plain",
                ops -> {},
                ops -> {
                  ops.createView("cheap", ViewQuery.of("SELECT id FROM items"));
                  ops.dropView("cheap");
                }),
            Direction.DOWNGRADE);

    assertEquals(
        "12:operations/110:createView5:cheap20:SELECT id FROM items8:dropView5:cheap",
        log.encoded());
  }

  @Test
  void aLogStoredBeforeViewQueriesStillReplays() {
    String written = "12:operations/110:createView5:cheap20:SELECT id FROM items8:dropView5:cheap";
    FakeMigration replayed =
        FakeMigration.of(1, "Old", ops -> {}, ops -> OperationLog.replay(written, ops));

    assertEquals(written, OperationLog.of(replayed, Direction.DOWNGRADE).encoded());
  }

  @Test
  void aJavaStepMakesTheLogUnstorableAndSaysWhich() {
    JavaStep step =
        new JavaStep() {
          @Override
          public void upgrade(StepContext context) {}
        };
    OperationLog log =
        OperationLog.of(
            FakeMigration.of(1, "Step", ops -> ops.runStep(step), ops -> {}), Direction.UPGRADE);

    assertFalse(log.storable());
    assertNull(log.encoded());
    assertTrue(log.unstorableBecause().contains("hand-written Java step"), log.unstorableBecause());
  }

  @Test
  void theViewsACallWroteOrRemovedAreListedInOrder() {
    OperationLog log =
        OperationLog.of(FakeMigration.of(1, "All", EVERY_CALL, ops -> {}), Direction.UPGRADE);

    assertEquals(
        List.of("cheap+", "cheap+", "cheap-", "inexpensive+", "inexpensive-"),
        log.views().stream().map(v -> v.name() + (v.sql() == null ? "-" : "+")).toList());
  }

  @Test
  void textThatIsNotAStoredLogIsRefused() {
    for (String text :
        List.of(
            "12:operations/9",
            "5:abc",
            "12:operations/110:createView",
            "12:operations/216:createViewQuery3:tag8:SELECT 11:05:SOME?4:NONE")) {
      OperationLog log =
          OperationLog.of(
              FakeMigration.of(1, "Bad", ops -> {}, ops -> OperationLog.replay(text, ops)),
              Direction.DOWNGRADE);

      assertFalse(log.storable(), text);
      assertTrue(log.unstorableBecause().contains("IllegalArgument"), log.unstorableBecause());
    }
  }
}
