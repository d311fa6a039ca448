package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.RecordingDataSource;
import dev.strata.runtime.testing.UserViews;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A start with nothing pending costs one query, takes no lock and asks the catalog nothing; a start
 * with work, or with a history that is not right, still goes the whole way. Run on every database
 * by the subclasses, each test on a database of its own, through a {@link RecordingDataSource} that
 * counts what the real connections execute.
 */
abstract class NoOpStartScenarios extends RecordedDatabaseScenarios {

  // a second set, beside UserViews' "main", so that one set's run can hold the lock
  private static final FakeSource OTHER =
      FakeSource.of(
          "other",
          List.of(
              FakeMigration.of(
                  1,
                  "Create user_ids",
                  ops -> ops.createView("user_ids", "SELECT id FROM users"),
                  ops -> ops.dropView("user_ids"))));

  @Test
  void aStartWithNothingPendingExecutesOneStatementThatReadsTheHistory() {
    strata(UserViews.source()).upgrade();
    recording.clear();

    assertEquals(List.of(), strata(UserViews.source()).upgrade());

    List<String> recorded = recording.recorded();
    assertEquals(1, recorded.size(), recorded::toString);
    assertTrue(recorded.get(0).contains("FROM strata_schema_history"), recorded::toString);
    assertEquals(1, recording.connections());
  }

  @Test
  void aFormat1HistoryIsUpgradedByOneStartAndTheNextStartIsOneStatementAgain() {
    strata(UserViews.source()).upgrade();
    database.execute(
        "ALTER TABLE strata_schema_history DROP COLUMN downgrade",
        "ALTER TABLE strata_schema_history DROP COLUMN view_definitions",
        "UPDATE strata_schema_history SET checksum = '1' WHERE version = 0");

    assertEquals(List.of(), strata(UserViews.source()).upgrade());
    recording.clear();
    assertEquals(List.of(), strata(UserViews.source()).upgrade());

    assertEquals(1, recording.recorded().size(), recording.recorded()::toString);
    assertEquals(
        List.of("2"),
        database.rows("SELECT checksum FROM strata_schema_history WHERE version = 0"));
  }

  @Test
  void anUpgradeToAVersionAlreadyReachedExecutesOneStatement() {
    strata(UserViews.source()).upgrade();
    recording.clear();

    assertEquals(List.of(), strata(UserViews.source()).upgrade("main", 2));

    assertEquals(1, recording.recorded().size(), recording.recorded()::toString);
  }

  @Test
  void aStartWithNothingPendingDoesNotWaitForARunThatHoldsTheLock() throws Exception {
    Strata.configure(database.dataSource()).sources(OTHER).load().upgrade();
    try (BlockedRun blocked = BlockedRun.start(database.dataSource())) {
      Strata other =
          Strata.configure(recording).sources(OTHER).lockTimeout(Duration.ofSeconds(1)).load();

      assertEquals(List.of(), other.upgrade());

      blocked.release();
      assertEquals(List.of(1, 2, 3), blocked.result().stream().map(m -> m.version()).toList());
    }
    assertEquals(List.of("main:1", "main:2", "main:3", "other:1"), database.history());
  }

  @Test
  void aStartWithWorkLocksAndReadsTheHistoryAgain() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    recording.clear();

    List<MigrationInfo> applied = strata(UserViews.source()).upgrade();

    assertEquals(List.of(2, 3), applied.stream().map(MigrationInfo::version).toList());
    long historyReads =
        recording.recorded().stream()
            .filter(
                sql ->
                    sql.contains("SELECT migration_set")
                        && sql.contains("FROM strata_schema_history"))
            .count();
    assertTrue(historyReads >= 2, recording.recorded()::toString);
  }

  @Test
  void applyingReadsTheWholeHistoryOnceHoweverManyMigrationsItApplies() {
    strata(FakeSource.of("main", List.of())).upgrade();
    recording.clear();

    assertEquals(3, strata(UserViews.source()).upgrade().size());

    long wholeReads =
        recording.recorded().stream()
            .filter(sql -> sql.startsWith("SELECT migration_set") && sql.contains("applied_at"))
            .count();
    assertEquals(1, wholeReads, recording.recorded()::toString);
  }

  @Test
  void creatingViewsReadsTheirDefinitionsBackInOneStatementPerMigration() {
    strata(UserViews.source()).upgrade();
    recording.clear();
    FakeSource twoViews =
        FakeSource.of(
            "other",
            List.of(
                FakeMigration.of(
                    1,
                    "Create user_ids and user_emails",
                    ops -> {
                      ops.createView("user_ids", "SELECT id FROM users");
                      ops.createView("user_emails", "SELECT email FROM users");
                    },
                    ops -> {
                      ops.dropView("user_emails");
                      ops.dropView("user_ids");
                    })));

    assertEquals(1, strata(twoViews).upgrade().size());

    // drift detection records what the database reports, once per migration, both views at once
    List<String> catalogReads =
        recording.recorded().stream()
            .filter(
                sql -> sql.contains("INFORMATION_SCHEMA.VIEWS") || sql.contains("pg_get_viewdef"))
            .toList();
    assertEquals(1, catalogReads.size(), catalogReads::toString);
    String read = catalogReads.get(0);
    // by a list of names, or one by one: in one SELECT on H2 (which looks a view up by name only
    // for one TABLE_NAME = ?), in the statement that writes the outcome, MariaDB's UPDATE that
    // marks the row applied, PostgreSQL's INSERT of the row
    boolean inTheOutcome =
        read.startsWith("UPDATE") && read.split("INFORMATION_SCHEMA.VIEWS", -1).length == 3;
    boolean inTheInsert = read.split("c\\.relname = \\?", -1).length == 3;
    boolean eachByName =
        read.startsWith("SELECT") && read.split("AND TABLE_NAME = \\? UNION ALL", -1).length == 2;
    assertTrue(read.contains("IN (?, ?)") || eachByName || inTheOutcome || inTheInsert, read);
    assertEquals(database.kind() == DatabaseKind.MYSQL, inTheOutcome, read);
    assertEquals(database.kind() == DatabaseKind.H2, eachByName, read);
    // PostgreSQL counts a definition's length in UTF-16 units in SQL only on a UTF-8 server
    boolean readInTheInsert =
        database.kind() == DatabaseKind.POSTGRESQL
            && database.rows("SHOW server_encoding").equals(List.of("UTF8"));
    assertEquals(readInTheInsert, inTheInsert, read);
    assertEquals(List.of("1", "2", "3"), database.rows("SELECT id FROM user_ids ORDER BY id"));
  }

  @Test
  void aFirstStartCreatesTheHistoryTableAndApplies() {
    assertEquals(3, strata(UserViews.source()).upgrade().size());
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void aForeignTableWithTheSameColumnNamesButNoMarkerRowIsStillRefused() {
    database.execute(
        "CREATE TABLE strata_schema_history (migration_set VARCHAR(100), version INT,"
            + " checksum VARCHAR(64), success BOOLEAN)",
        "INSERT INTO strata_schema_history VALUES ('main', 1, 'checksum-1', TRUE)");

    String message =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade())
            .getMessage();

    assertTrue(message.contains("is not a Strata history table"), message);
    assertEquals(List.of(), database.viewNames());
  }

  @Test
  void aHistoryWrittenByANewerFormatIsStillRefused() {
    strata(UserViews.source()).upgrade();
    database.execute(
        "UPDATE strata_schema_history SET checksum = '3' WHERE migration_set = '<strata>'");

    String message =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade())
            .getMessage();

    assertTrue(message.contains("was written by a newer Strata (history format 3"), message);
  }

  @Test
  void aChangedChecksumOnAStartWithNothingPendingIsStillAnError() {
    strata(UserViews.source()).upgrade();
    FakeSource changed =
        FakeSource.of(
            "main", List.of(UserViews.V1, UserViews.V2.withChecksum("edited"), UserViews.V3));

    String message =
        assertThrows(StrataException.class, () -> strata(changed).upgrade()).getMessage();

    assertTrue(message.contains("was applied with checksum checksum-2"), message);
  }

  @Test
  void aHistoryAheadOfTheCodeIsStillAnError() {
    strata(UserViews.source()).upgrade();
    FakeSource older = FakeSource.of("main", List.of(UserViews.V1, UserViews.V2));

    String message =
        assertThrows(StrataException.class, () -> strata(older).upgrade()).getMessage();

    assertTrue(message.contains("the code is older than the database"), message);
  }

  @Test
  void historyRowsReadInAnyOrderStillMakeAStartOfOneStatement() {
    strata(UserViews.source()).upgrade();
    // version 1's row written again, after the others: H2 and PostgreSQL now return it last
    database.execute(
        "CREATE TABLE moved AS SELECT * FROM strata_schema_history WHERE version = 1",
        "DELETE FROM strata_schema_history WHERE version = 1",
        "INSERT INTO strata_schema_history SELECT * FROM moved",
        "DROP TABLE moved");
    recording.clear();

    assertEquals(List.of(), strata(UserViews.source()).upgrade());

    assertEquals(1, recording.recorded().size(), recording.recorded()::toString);
  }

  @Test
  void aHistoryWithAGapTakesTheFullPath() {
    strata(UserViews.source()).upgrade();
    // versions 2 and 3 applied, 1 not: as many rows as a history of 2, which an upgrade to 2
    // would take for done
    database.execute("DELETE FROM strata_schema_history WHERE version = 1");
    recording.clear();

    assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade("main", 2));

    assertTrue(recording.recorded().size() > 1, recording.recorded()::toString);
  }

  private Strata strata(FakeSource source) {
    return Strata.configure(recording).sources(source).load();
  }
}
