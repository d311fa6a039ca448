package dev.strata.test;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;

/** A walk of the kit's tests on one database, with a folder for copied snapshots. */
@FunctionalInterface
interface DatabaseWalk {

  void walk(DataSource database, Path folder) throws IOException;

  /** Runs {@code walk} on a database of its own of {@code kind}. */
  static void on(DatabaseKind kind, Path folder, DatabaseWalk walk) throws IOException {
    try (TestDatabase database = TestDatabases.open(kind)) {
      walk.walk(database.dataSource(), folder);
    }
  }
}
