package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HistoryVerificationTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void checksumMismatchFailsNamingTheVersionAndBothChecksums() {
    strata(UserViews.source()).upgrade();
    FakeSource changed =
        FakeSource.of(
            "main", List.of(UserViews.V1, UserViews.V2.withChecksum("edited"), UserViews.V3));

    StrataException e = assertThrows(StrataException.class, () -> strata(changed).upgrade());

    String message = e.getMessage();
    assertTrue(message.contains("V0002 \"Replace active_users\" of set main"), message);
    assertTrue(message.contains("checksum-2"), message);
    assertTrue(message.contains("edited"), message);
    assertTrue(message.contains("Restore the snapshot files of version 2"), message);
    assertEquals(List.of(), changed.loaded());
  }

  @Test
  void checksumMismatchAlsoStopsADowngrade() {
    strata(UserViews.source()).upgrade();
    FakeSource changed =
        FakeSource.of(
            "main", List.of(UserViews.V1.withChecksum("edited"), UserViews.V2, UserViews.V3));

    assertThrows(StrataException.class, () -> strata(changed).downgrade(0));

    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void migrationAppliedInTheDatabaseButMissingFromTheCodeFails() {
    strata(UserViews.source()).upgrade();
    FakeSource older = FakeSource.of("main", List.of(UserViews.V1));

    StrataException e = assertThrows(StrataException.class, () -> strata(older).upgrade());

    String message = e.getMessage();
    assertTrue(message.contains("V0002 \"Replace active_users\" of set main"), message);
    assertTrue(message.contains("V0003 \"Create active_countries\" of set main"), message);
    assertTrue(message.contains("the code is older than the database"), message);
    assertTrue(message.contains("versions 1 to 1 of set main"), message);
  }

  /**
   * A build whose snapshot folder was deleted starts its history again: its version 1 creates every
   * view. Its versions disagree with the database's and it lacks the newer ones; reverting those
   * from the history would undo the production database for a lost folder, so the message sends the
   * user to the folder instead, and a start configured to revert reverts nothing.
   */
  @Test
  void aBuildWhoseHistoryIsNotTheDatabasesIsToldToRestoreItsSnapshotsNotToRevert() {
    strata(UserViews.source()).upgrade();
    FakeSource restarted = FakeSource.of("main", List.of(UserViews.V1.withChecksum("everything")));

    String message =
        assertThrows(StrataException.class, () -> strata(restarted).upgrade()).getMessage();
    Strata reverting =
        Strata.configure(database.dataSource())
            .sources(restarted)
            .unknownMigrations(UnknownMigrations.REVERT)
            .load();
    assertThrows(StrataException.class, reverting::upgrade);

    assertTrue(message.contains("is not the history this database was migrated with"), message);
    assertTrue(message.contains("snapshot folder"), message);
    assertTrue(!message.contains("the code is older than the database"), message);
    assertTrue(!message.contains("strata downgrade"), message);
    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void historyRowMarkedAsFailedStopsTheUpgrade() {
    strata(FakeSource.of("main", List.of(UserViews.V1))).upgrade();
    database.execute("UPDATE strata_schema_history SET success = FALSE");

    StrataException e =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade());

    assertTrue(e.getMessage().contains("V0001 \"Create active_users\" of set main"), e::getMessage);
    assertTrue(e.getMessage().contains("as failed"), e::getMessage);
  }

  @Test
  void historyWithAGapStopsTheUpgrade() {
    strata(UserViews.source()).upgrade();
    database.execute("DELETE FROM strata_schema_history WHERE version = 2");

    StrataException e =
        assertThrows(StrataException.class, () -> strata(UserViews.source()).upgrade());

    assertTrue(e.getMessage().contains("has version 3 but not version 2"), e::getMessage);
  }

  private Strata strata(MigrationSource source) {
    return Strata.configure(database.dataSource()).sources(source).load();
  }
}
