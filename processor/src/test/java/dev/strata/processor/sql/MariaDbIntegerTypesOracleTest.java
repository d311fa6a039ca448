package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The integer type MariaDB gives a select item of integer arithmetic, with MariaDB as the oracle:
 * each expression is a view's column there, whose type in {@code information_schema.columns} (what
 * Hibernate's validation reads) is the type {@link MariaDbIntegerTypes} says, as H2 names it.
 */
class MariaDbIntegerTypesOracleTest {

  private static final Map<String, String> DECLARED =
      Map.of(
          "ti", "TINYINT",
          "si", "SMALLINT",
          "mi", "MEDIUMINT",
          "i", "INTEGER",
          "bi", "BIGINT",
          "s", "VARCHAR(20)",
          "d52", "DECIMAL(5,2)",
          "d92", "NUMERIC(9,2)",
          "d100", "DECIMAL(10,0)",
          "d182", "DECIMAL(18,2)");

  private static final List<String> TYPED =
      List.of(
          "i + 1",
          "t.i - 1",
          "i * 2",
          "-i",
          "i % 3",
          "MOD(i, 3)",
          "ABS(i)",
          "i DIV 2",
          "i + i",
          "(i + 1) * 2",
          "si + 1",
          "si * si",
          "si * 1000",
          "-si",
          "ABS(si)",
          "ti + 1",
          "ti * ti",
          "mi + 1",
          "mi DIV 2",
          "bi + 1",
          "ti + 100000000000",
          "CHAR_LENGTH(s)",
          "CHAR_LENGTH(s) + 1",
          "LENGTH(s) * 2",
          "COALESCE(CHAR_LENGTH(s), 0)",
          "IFNULL(si, 0)",
          "COALESCE(ti, 0)",
          "COALESCE(si, mi)",
          "COALESCE(i, bi)",
          "COALESCE(i + 1, 0)",
          "MAX(si + 1)",
          "MIN(ABS(si))",
          "MAX(CHAR_LENGTH(s))",
          // a remainder as wide as the wider operand
          "ti % bi",
          "MOD(ti, bi)",
          "si % i",
          "si % 100000000000",
          // a mediumint is among H2's INTEGERs; MAX of a column in brackets passes it through
          "MAX(mi)",
          "COALESCE(mi, si)",
          "(mi) + 0",
          "MAX((ti))",
          "MAX(COALESCE(i, 0))",
          // literals are signed, and their leading zeros count for nothing
          "0000000001 + ti",
          "12345678 + 1",
          "1234567 * 12",
          // rounded to an integer: of a decimal, as many digits as its whole part and one more
          // where it has a fraction
          "FLOOR(d52)",
          "CEIL(d92)",
          "CEILING(t.d100)",
          "FLOOR(d182)",
          "FLOOR(si)",
          "FLOOR(d52) + 1",
          // a CASE's and an IF's results, as a COALESCE's arguments
          "CASE WHEN i > 0 THEN si ELSE 0 END",
          "CASE WHEN i > 0 THEN i + 1 ELSE 0 END",
          "CASE i WHEN 1 THEN ti ELSE mi END",
          "IF(si > 0, si, 0)",
          "IF(i > 0, i * 2, bi) + 1");

  /** Items whose type is left to H2: a column passed through, and what is not read. */
  private static final List<String> LEFT =
      List.of(
          "i",
          "t.si",
          "i / 2",
          "SUM(i)",
          "MAX(i) OVER ()",
          "CAST(i AS SIGNED)",
          "2.5 * i",
          "FLOOR(d52 * 2)",
          "ROUND(d52)");

  @Test
  void eachItemHasTheTypeMariaDbGivesItsViewsColumn() throws SQLException {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      database.execute(
          "CREATE TABLE t (ti TINYINT, si SMALLINT, mi MEDIUMINT, i INT, bi BIGINT, s VARCHAR(20),"
              + " d52 DECIMAL(5,2), d92 NUMERIC(9,2), d100 DECIMAL(10,0), d182 DECIMAL(18,2))");
      int view = 0;
      for (String item : TYPED) {
        String query = "SELECT " + item + " AS x FROM t";
        database.execute("CREATE VIEW v" + view + " AS " + query);
        String measured =
            database
                .query(
                    "SELECT DATA_TYPE FROM information_schema.columns WHERE TABLE_SCHEMA ="
                        + " DATABASE() AND TABLE_NAME = 'v"
                        + view++
                        + "'")
                .get(1);

        assertEquals(Optional.of(asH2Names(measured)), typeOf(item, query), item);
      }
    }
  }

  @Test
  void aColumnPassedThroughAndWhatIsNotIntegerArithmeticAreLeftToH2() {
    for (String item : LEFT) {
      assertEquals(Optional.empty(), typeOf(item, "SELECT " + item + " AS x FROM t"), item);
    }
  }

  @Test
  void aColumnOfUnknownTypeOrAQueryWithSubqueriesIsLeftToH2() {
    assertEquals(Optional.empty(), typeOf("n + 1", "SELECT n + 1 AS x FROM t"));
    String derived = "SELECT i + 1 AS x FROM (SELECT i * 1000 AS i FROM t) d";
    assertEquals(Optional.empty(), typeOf("i + 1", derived));
  }

  private static Optional<String> typeOf(String item, String query) {
    if (!MariaDbIntegerTypes.readsRelationsOnly(query)) {
      return Optional.empty();
    }
    return MariaDbIntegerTypes.of(
        item + " AS x", column -> Optional.ofNullable(DECLARED.get(column)));
  }

  private static String asH2Names(String dataType) {
    String type = dataType.toUpperCase(Locale.ROOT);
    return type.equals("INT") || type.equals("MEDIUMINT") ? "INTEGER" : type;
  }
}
