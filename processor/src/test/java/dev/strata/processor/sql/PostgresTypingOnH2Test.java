package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PostgreSQL query respelt so that H2 in PostgreSQL mode returns each column under the name and
 * of the type PostgreSQL 15 returns (measured there: the view's columns in {@code
 * information_schema.columns}).
 */
class PostgresTypingOnH2Test {

  private static final String TABLE =
      "CREATE TABLE t (name VARCHAR(20), born DATE, opens TIME, seen TIMESTAMP WITH TIME ZONE,"
          + " at TIMESTAMP, qty INTEGER, ratio DOUBLE PRECISION, weight REAL, price NUMERIC(10, 2),"
          + " big BIGINT)";

  @Test
  void eachColumnHasPostgresNameAndType() throws SQLException {
    String query =
        "SELECT EXTRACT(YEAR FROM born), char_length(name), LENGTH(name),"
            + " born + INTERVAL '1' DAY AS a, opens + INTERVAL '1' HOUR AS b,"
            + " seen - INTERVAL '1' HOUR AS c, DATE '2024-01-01' + INTERVAL '1' MONTH AS d,"
            + " born::date + INTERVAL '1' DAY AS x, (born) - INTERVAL '1' DAY AS y,"
            + " t.at + INTERVAL '2' DAY AS z, COALESCE(0, CHAR_LENGTH(name)) AS w,"
            + " MAX(EXTRACT(MONTH FROM at)) + 1 AS v"
            + " FROM t GROUP BY name, born, opens, seen, at";
    assertEquals(
        List.of(
            "extract NUMERIC",
            "char_length INTEGER",
            "length INTEGER",
            "a TIMESTAMP",
            "b TIME",
            "c TIMESTAMP WITH TIME ZONE",
            "d TIMESTAMP",
            "x TIMESTAMP",
            "y TIMESTAMP",
            "z TIMESTAMP",
            "w INTEGER",
            "v NUMERIC"),
        columnsOnH2(PostgresTypingOnH2.typedAsThere(query)));
  }

  /**
   * H2 averages an integer into a {@code DOUBLE PRECISION} and sums or averages a double, or meets
   * it with a numeric, into a {@code DECFLOAT}, the type its PostgreSQL mode also makes of a bare
   * {@code NUMERIC} and of {@code 1e3}: the respelt query gives a {@code NUMERIC} where PostgreSQL
   * gives a {@code numeric}, and a {@code DECFLOAT} only where it gives a {@code double precision}.
   */
  @Test
  void exactNumbersAreNumericAndAggregatedDoublesDecfloat() throws SQLException {
    String query =
        "SELECT AVG(CHAR_LENGTH(name)) AS a, SUM(ratio) AS b, 1e3 AS c, MAX(ratio) * 1.5 AS d,"
            + " AVG(DISTINCT price) AS e, CAST(SUM(qty) AS NUMERIC) AS f, SUM(big)::decimal AS g,"
            + " AVG(ratio) AS h, AVG(weight) AS i, AVG(qty) AS j FROM t";
    assertEquals(
        List.of(
            "a NUMERIC",
            "b DECFLOAT",
            "c NUMERIC",
            "d DECFLOAT",
            "e NUMERIC",
            "f NUMERIC",
            "g DECIMAL",
            "h DECFLOAT",
            "i DECFLOAT",
            "j NUMERIC"),
        columnsOnH2(PostgresTypingOnH2.typedAsThere(query)));
  }

  /** An unnamed call inside another call, or last before UNION, keeps the name PostgreSQL gives. */
  @Test
  void onlyAWholeSelectItemIsNamed() throws SQLException {
    String query =
        "SELECT COUNT(DISTINCT LENGTH(name)) AS n, COALESCE(0, EXTRACT(DAY FROM born)), LENGTH(name)"
            + " FROM t GROUP BY name, born UNION ALL SELECT 1, 2, CHAR_LENGTH('x')";
    assertEquals(
        List.of("n BIGINT", "coalesce NUMERIC", "length INTEGER"),
        columnsOnH2(PostgresTypingOnH2.typedAsThere(query)));
  }

  @Test
  void aSignBeforeAnIntervalAndTextAreLeftAlone() {
    String query = "SELECT - INTERVAL '1' DAY AS i, 'EXTRACT(x)' AS s, length FROM t";
    assertEquals(query, PostgresTypingOnH2.typedAsThere(query));
  }

  private static List<String> columnsOnH2(String query) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (Connection connection =
            DriverManager.getConnection(
                "jdbc:h2:mem:postgres_typing;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Statement statement = connection.createStatement()) {
      statement.execute(TABLE);
      try (ResultSet rows = statement.executeQuery(query)) {
        ResultSetMetaData metaData = rows.getMetaData();
        for (int i = 1; i <= metaData.getColumnCount(); i++) {
          columns.add(metaData.getColumnLabel(i) + " " + metaData.getColumnTypeName(i));
        }
      }
    }
    return columns;
  }
}
