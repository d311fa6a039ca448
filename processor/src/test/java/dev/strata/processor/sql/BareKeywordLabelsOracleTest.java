package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each keyword that PostgreSQL refuses as a column's name without AS is one of its keywords that
 * cannot be a bare label, and PostgreSQL refuses it there and takes it after AS, as Strata says.
 */
class BareKeywordLabelsOracleTest {

  @Test
  void postgresRefusesEachWordWithoutAsAndTakesItAfterAs() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE TABLE t (id INT, n INT)");
      Set<String> notBare =
          new HashSet<>(
              database.query("SELECT word FROM pg_get_keywords() WHERE NOT barelabel").stream()
                  .skip(1)
                  .toList());
      int view = 0;
      for (String word : BareKeywordLabels.NOT_BARE) {
        assertTrue(notBare.contains(word), word);
        String bare = "SELECT n " + word + ", id FROM t";
        String labelled = "SELECT n AS " + word + ", id FROM t";
        String create = "CREATE VIEW bare" + view + " AS " + bare;
        assertThrows(SQLException.class, () -> database.execute(create), bare);
        database.execute("CREATE VIEW labelled" + view++ + " AS " + labelled);

        assertTrue(ForeignSyntax.refusedBy("postgresql", bare).isPresent(), bare);
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", labelled), labelled);
      }
    }
  }

  /** The words where a keyword of the list continues an expression, which PostgreSQL takes. */
  @Test
  void aKeywordThatContinuesAnExpressionIsNoLabel() throws SQLException {
    List<String> taken =
        List.of(
            "SELECT INTERVAL '1' DAY, id FROM t",
            "SELECT INTERVAL '1' YEAR TO MONTH, id FROM t",
            "SELECT CAST(CAST(n AS TEXT) AS INTERVAL SECOND) AS s, '10'::interval second, id FROM t",
            "SELECT n::character varying AS c, n::double precision AS d FROM t",
            "SELECT DISTINCT ON (id) year FROM (SELECT id, n AS year FROM t) x",
            "SELECT EXTRACT(YEAR FROM CURRENT_DATE) AS y, id FROM t",
            "SELECT x.year FROM (SELECT n AS year FROM t) x ORDER BY x.year");
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute("CREATE TABLE t (id INT, n INT)");
      int view = 0;
      for (String sql : taken) {
        database.execute("CREATE VIEW taken" + view++ + " AS " + sql);
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql), sql);
      }
    }
  }
}
