package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which session variables a MySQL or MariaDB statement sets, as the server reads its scopes. */
class MySqlSettingsTest {

  @Test
  void aScopeKeywordHoldsForTheAssignmentsAfterIt() {
    assertEquals(
        List.of("sql_mode"),
        keys("SET GLOBAL max_connections = 151, unique_checks = 0, SESSION sql_mode = ''"));
  }

  @Test
  void aPrefixHoldsForItsOwnAssignmentOnly() {
    assertEquals(
        List.of("sql_mode", "time_zone"),
        keys("SET @@GLOBAL.max_connections = 151, sql_mode = '', @@time_zone = '+01:00'"));
  }

  @Test
  void aCommaInAFunctionOrAStringSplitsNoAssignment() {
    assertEquals(
        List.of("sql_mode", "@batch"),
        keys("SET sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES'), @batch = 'a, b = c'"));
  }

  @Test
  void namesSetFourVariables() {
    assertEquals(
        List.of(
            "character_set_client",
            "character_set_results",
            "character_set_connection",
            "collation_connection"),
        keys("SET NAMES utf8mb4 COLLATE utf8mb4_bin"));
  }

  @Test
  void aStatementsOwnVariablesAreNotTheSessions() {
    assertEquals(List.of(), keys("SET STATEMENT max_statement_time = 5 FOR SELECT 1"));
    assertEquals(
        List.of("foreign_key_checks"),
        keys("SET STATEMENT max_statement_time = 5 FOR SET foreign_key_checks = 0"));
  }

  @Test
  void userVariablesAssignedOutsideASetAreFound() {
    assertEquals(
        List.of("@n", "@a", "@`b c`"),
        keys("SELECT @n := @n + 1, x INTO @a, @`b c` FROM t WHERE @n = 0"));
  }

  @Test
  void aRoleIsTheSessionsAndADefaultRoleTheAccounts() {
    assertEquals(List.of("current_role()"), keys("SET ROLE reporting"));
    assertEquals(List.of(), keys("SET DEFAULT ROLE reporting FOR app"));
  }

  @Test
  void aVariableThatIsOnlyReadIsNotSet() {
    assertEquals(List.of(), keys("SELECT @@sql_mode, @batch, 'a@b.c' FROM t"));
  }

  private static List<String> keys(String statement) {
    return MySqlSettings.setBy(statement).stream().map(SessionSetting::key).toList();
  }
}
