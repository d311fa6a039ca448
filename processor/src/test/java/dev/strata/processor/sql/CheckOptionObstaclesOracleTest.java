package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What makes PostgreSQL and MariaDB refuse a view {@code WITH CHECK OPTION}, checked against the
 * servers themselves: each query said to have an obstacle on a database is refused there, and each
 * said to have none is created there. Columns are separated by {@code ¦}; the second names the
 * obstacle on PostgreSQL, the third on MariaDB, {@code -} for none, {@code n/a} where the database
 * does not run the query at all ({@code IS DISTINCT FROM}).
 */
class CheckOptionObstaclesOracleTest {

  private static final String TABLE = "CREATE TABLE co_items (id INT PRIMARY KEY, g INT)";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '^',
      textBlock =
          """
          SELECT DISTINCT id, g FROM co_items                               ¦ DISTINCT     ¦ DISTINCT
          SELECT g FROM co_items GROUP BY g                                  ¦ GROUP BY     ¦ GROUP BY
          SELECT id, g FROM co_items ORDER BY id LIMIT 5                     ¦ LIMIT        ¦ LIMIT
          SELECT id, g FROM co_items UNION ALL SELECT id, g FROM co_items    ¦ UNION        ¦ UNION
          SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM co_items      ¦ a window function ¦ a window function
          SELECT MAX(id) AS m FROM co_items                                  ¦ an aggregate function (MAX) ¦ an aggregate function (MAX)
          WITH x AS (SELECT id, g FROM co_items) SELECT id, g FROM x         ¦ WITH         ¦ -
          SELECT a.id, b.g FROM co_items a JOIN co_items b ON a.id = b.id    ¦ a join       ¦ -
          SELECT id, g FROM co_items WHERE g IS DISTINCT FROM 1              ¦ -            ¦ n/a
          SELECT id, g IS DISTINCT FROM 1 AS moved, g FROM co_items          ¦ -            ¦ n/a
          SELECT id, g FROM co_items WHERE id IN (SELECT MAX(id) FROM co_items GROUP BY g) ¦ - ¦ a subquery that reads co_items, a table of its FROM
          SELECT id, g FROM co_items i WHERE EXISTS (SELECT 1 FROM co_items x WHERE x.id = i.g) ¦ - ¦ a subquery that reads co_items, a table of its FROM
          SELECT id, g FROM co_items WHERE g IN (SELECT id FROM co_others)  ¦ -            ¦ -
          SELECT id, (SELECT MAX(id) FROM co_items) AS m FROM co_items       ¦ -            ¦ a subquery that reads co_items, a table of its FROM
          SELECT id, (SELECT MAX(id) FROM co_others) AS m FROM co_items      ¦ -            ¦ -
          SELECT 1 AS x                                                      ¦ no FROM      ¦ no FROM
          SELECT id, g FROM co_items ORDER BY id LIMIT ALL                  ¦ LIMIT        ¦ n/a
          SELECT id, g, EXTRACT(YEAR FROM CURRENT_DATE) AS y FROM co_items   ¦ -            ¦ -
          SELECT id, g FROM co_items WHERE g > 0                             ¦ -            ¦ -
          SELECT a.id, b.id AS bid FROM co_items a LEFT JOIN co_others b ON a.id = b.id ¦ a join ¦ an outer join
          SELECT a.id, b.id AS bid FROM co_items a NATURAL RIGHT JOIN co_others b ¦ a join ¦ an outer join
          SELECT a.id, a.g FROM co_items a JOIN co_others b ON a.id = b.id WHERE a.g IN (SELECT id FROM co_others) ¦ a join ¦ -
          SELECT a.id, (SELECT MAX(id) FROM co_items) AS m FROM co_items a, co_others b ¦ a join ¦ -
          SELECT id, LEFT(CAST(g AS CHAR(4)), 1) AS g1 FROM co_items         ¦ -            ¦ -
          SELECT id, g FROM co_items ORDER BY id LIMIT (5)                  ¦ LIMIT        ¦ n/a
          SELECT id, g FROM co_items TABLESAMPLE SYSTEM (50)                 ¦ TABLESAMPLE  ¦ n/a
          """)
  void anObstacleIsWhatTheDatabaseRefuses(String query, String postgres, String mariadb)
      throws SQLException {
    String portable = query.strip();
    assertRefusedAsSaid(DatabaseKind.POSTGRESQL, "postgresql", portable, postgres.strip());
    assertRefusedAsSaid(DatabaseKind.MARIADB, "mariadb", portable, mariadb.strip());
  }

  private static void assertRefusedAsSaid(
      DatabaseKind kind, String database, String query, String expected) throws SQLException {
    if (expected.equals("n/a")) {
      return;
    }
    Optional<String> said = CheckOptionObstacles.of(query, database);
    assertEquals(expected.equals("-") ? Optional.empty() : Optional.of(expected), said, database);
    try (TestDatabase db = TestDatabases.open(kind)) {
      db.execute(TABLE, "CREATE TABLE co_others (id INT PRIMARY KEY)");
      String create = "CREATE VIEW co_view AS " + query + " WITH CASCADED CHECK OPTION";
      if (said.isPresent()) {
        assertThrows(SQLException.class, () -> db.execute(create), database + " takes it");
      } else {
        db.execute(create);
      }
    }
  }
}
