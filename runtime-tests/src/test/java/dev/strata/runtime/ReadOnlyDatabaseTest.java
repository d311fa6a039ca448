package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Strata pointed at a database that takes no writes: a replica or standby, or one read-only by a
 * setting. A start with work must say so and to migrate against the primary, not blame the
 * migration (whose advice, to delete its snapshot and compile again, would mislead) nor the user's
 * privileges; a start with nothing to apply needs no write and succeeds.
 */
class ReadOnlyDatabaseTest {

  @TempDir Path folder;
  private TestDatabase database;

  @AfterEach
  void close() {
    if (database != null) {
      database.close();
    }
  }

  @ParameterizedTest
  @EnumSource(names = {"POSTGRESQL", "MYSQL"})
  void aFirstStartOnAReadOnlyDatabaseSaysToMigrateThePrimary(DatabaseKind kind) {
    open(kind);

    StrataException failure =
        assertThrows(StrataException.class, () -> upgrade(database.readOnlyDataSource()));

    assertSaysReadOnly(failure);
    assertFalse(database.tableExists("strata_schema_history"));
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStartWithPendingMigrationsOnAReadOnlyDatabaseSaysToMigrateThePrimary(DatabaseKind kind) {
    open(kind);
    Strata.configure(database.dataSource())
        .sources(FakeSource.of("main", List.of(UserViews.V1)))
        .load()
        .upgrade();
    DataSource readOnly = database.readOnlyDataSource();

    StrataException failure = assertThrows(StrataException.class, () -> upgrade(readOnly));

    assertSaysReadOnly(failure);
    assertEquals(List.of("main:1"), database.history());
    assertEquals(List.of("active_users"), database.viewNames());
  }

  @ParameterizedTest
  @EnumSource(names = {"H2", "POSTGRESQL", "MYSQL"})
  void aStartWithNothingToApplyWorksOnAReadOnlyDatabase(DatabaseKind kind) {
    open(kind);
    upgrade(database.dataSource());

    assertEquals(List.of(), upgrade(database.readOnlyDataSource()));
  }

  private void open(DatabaseKind kind) {
    // H2 reads ACCESS_MODE_DATA when it opens a database: a file one, closed between the runs
    database =
        (kind == DatabaseKind.H2 ? TestDatabase.h2File(folder) : TestDatabase.create(kind))
            .withUsersTable();
  }

  private static List<MigrationInfo> upgrade(DataSource dataSource) {
    return Strata.configure(dataSource).sources(UserViews.source()).load().upgrade();
  }

  private static void assertSaysReadOnly(StrataException failure) {
    String message = failure.getMessage();
    assertTrue(message.contains("The database accepts no writes"), message);
    assertTrue(message.contains("primary"), message);
    assertFalse(message.contains("delete its snapshot"), message);
    assertFalse(message.contains("user may"), message);
  }
}
