package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.sql.ForeignSyntax;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL 16 reads the numbers that release 15 refuses as trailing junk ({@code
 * ForeignSyntaxOracleTest} has 15 refuse them): with underscores and in bases two, eight and
 * sixteen, as H2 reads them. A module on 16 or later ({@code -Astrata.postgresqlVersion=16}) is not
 * told of them; a number run into a name, {@code 123abc}, it refuses as 15 does.
 */
class PostgresReleasesNumbersOracleTest {

  private static final List<String> NUMBERS =
      List.of("1_000", "0x1F", "0X1f", "0o17", "0b101", "1_000.5", "1_0e1_0", "1e1_0", "1.000_5");

  /** Numbers run into names, which H2 reads as a number and its alias and 16 still refuses. */
  private static final List<String> RUN_INTO_NAMES = List.of("123abc", "1.5abc", "1e1x", "0x1G");

  @Test
  void postgres16ReadsTheNumbersAsH2DoesAndOnlyReleasesBeforeAreTold() throws Exception {
    try (EmbeddedPostgres server = PostgresReleases.start(16);
        Connection postgres = server.getPostgresDatabase().getConnection();
        Statement statement = postgres.createStatement()) {
      for (String number : NUMBERS) {
        String sql = "SELECT " + number + " AS n";
        try (ResultSet row = statement.executeQuery(sql)) {
          assertTrue(row.next(), sql);
          assertTrue(row.getDouble(1) > 0, sql);
        }
        assertEquals(Optional.empty(), ForeignSyntax.refusedBy("postgresql", sql, false, 16), sql);
        assertTrue(ForeignSyntax.refusedBy("postgresql", sql, false, 15).isPresent(), sql);
      }
      for (String junk : RUN_INTO_NAMES) {
        String sql = "SELECT " + junk + " AS n";
        assertThrows(SQLException.class, () -> statement.executeQuery(sql), sql);
        assertTrue(ForeignSyntax.refusedBy("postgresql", sql, false, 16).isPresent(), sql);
      }
    }
  }
}
