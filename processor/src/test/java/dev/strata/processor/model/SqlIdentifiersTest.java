package dev.strata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which view names Strata accepts, and how class names become view names. */
class SqlIdentifiersTest {

  @ParameterizedTest
  @ValueSource(strings = {"active_users", "_x", "A1", "reporting.active_users"})
  void acceptsPlainAndSchemaQualifiedIdentifiers(String name) {
    assertTrue(SqlIdentifiers.isValid(name));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "active users", "1st", "a.b.c", "a.", "drop;table", "\"quoted\"", "é"})
  void refusesAnythingElse(String name) {
    assertFalse(SqlIdentifiers.isValid(name));
  }

  @ParameterizedTest
  @ValueSource(ints = {63, 64})
  void limitsLengthToWhatPostgresKeeps(int length) {
    assertEquals(length <= 63, SqlIdentifiers.isValid("a".repeat(length)));
  }

  @ParameterizedTest
  @CsvSource({"ActiveUser, active_user", "HTTPLog, http_log", "User2Fa, user2_fa", "x, x"})
  void snakeCasesClassNames(String simpleName, String expected) {
    assertEquals(expected, SqlIdentifiers.snakeCase(simpleName));
  }
}
