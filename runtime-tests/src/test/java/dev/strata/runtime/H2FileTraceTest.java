package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts on an H2 database kept in files leave no trace file beside it. H2 writes each statement
 * that fails there into {@code <name>.trace.db}, exception and all, and a first start's read of the
 * history table, before the table exists, was one: every new user of the quickstart found a {@code
 * shop.trace.db} beside the database after its first run.
 */
class H2FileTraceTest {

  @TempDir Path folder;

  @Test
  void aFirstStartAndTheStartsAfterItLeaveNoTraceFile() throws IOException {
    try (TestDatabase database = TestDatabase.h2File(folder).withUsersTable()) {
      Strata strata =
          Strata.configure(database.dataSource())
              .sources(FakeSource.of("main", List.of(UserViews.V1)))
              .load();

      strata.upgrade();
      strata.upgrade();

      assertEquals(List.of("main:1"), database.history());
    }
    assertEquals(List.of(), traceFiles());
  }

  private List<String> traceFiles() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".trace.db"))
          .toList();
    }
  }
}
