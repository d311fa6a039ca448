package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Where the structural check draws the line on a name's length, and why, asked of the servers:
 * PostgreSQL keeps a 63-byte column name and cuts a 64-byte one without an error, MariaDB refuses a
 * view column of 65 characters; Strata accepts the first and refuses the others.
 */
class NameLengthOracleTest {

  private static final QueryAnalyzer ANALYZER = new QueryAnalyzer();
  private static final String KEPT = "c".repeat(63);
  private static final String CUT = "c".repeat(64);

  @AfterAll
  static void close() {
    ANALYZER.close();
  }

  @Test
  void postgresqlCutsTheNameStrataRefusesAndKeepsTheOneItAccepts() throws SQLException {
    assertDoesNotThrow(() -> ANALYZER.analyze(query(KEPT)));
    assertThrows(InvalidQueryException.class, () -> ANALYZER.analyze(query(CUT)));
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE VIEW kept AS " + query(KEPT), "CREATE VIEW cut AS " + query(CUT));
      assertEquals(List.of(KEPT, "1"), database.query("SELECT * FROM kept"));
      // no error: the view's column is silently not the name written
      assertEquals(List.of(KEPT, "1"), database.query("SELECT * FROM cut"));
    }
  }

  @Test
  void mariadbRefusesAViewColumnLongerThanSixtyFourCharacters() throws SQLException {
    String refused = "c".repeat(65);
    assertThrows(InvalidQueryException.class, () -> ANALYZER.analyze(query(refused)));
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      assertThrows(
          SQLException.class, () -> database.execute("CREATE VIEW cut AS " + query(refused)));
    }
  }

  private static String query(String column) {
    return "SELECT 1 AS " + column;
  }
}
