package dev.strata.processor.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the error on a condition that is no boolean names the condition and its rewrite. */
class PostgresConditionsTest {

  @Test
  void aConditionAfterItsKeywordIsNamedWithTheKeyword() throws SQLException {
    assertEquals(
        Optional.of(
            "WHERE qty, a condition of an integer, which PostgreSQL refuses (argument of WHERE"
                + " must be type boolean) where H2 converts it: compare it, WHERE qty <> 0"),
        refused("SELECT id FROM samples WHERE qty"));
  }

  @Test
  void theLeftSideOfAndIsNamedWithTheRestOfTheConditionLeftOut() throws SQLException {
    assertEquals(
        Optional.of(
            "qty AND ..., a condition of an integer, which PostgreSQL refuses (argument of AND"
                + " must be type boolean) where H2 converts it: compare it, qty <> 0 AND ..."),
        refused("SELECT id, qty AND flag AS b FROM samples"));
  }

  @Test
  void anOperandOfIsTrueIsNamedBeforeTheTest() throws SQLException {
    assertEquals(
        Optional.of(
            "label IS NOT FALSE, a condition of a text, which PostgreSQL refuses (argument of IS"
                + " NOT FALSE must be type boolean) where H2 converts it: compare it, label <> ''"
                + " IS NOT FALSE"),
        refused("SELECT id FROM samples WHERE label IS NOT FALSE"));
  }

  private static Optional<String> refused(String sql) throws SQLException {
    try (Connection h2 =
            DriverManager.getConnection("jdbc:h2:mem:;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        Statement statement = h2.createStatement()) {
      statement.execute("CREATE TABLE samples (id INT, qty INT, flag BOOLEAN, label VARCHAR(9))");
      return PostgresConditions.refused(h2, sql);
    }
  }
}
