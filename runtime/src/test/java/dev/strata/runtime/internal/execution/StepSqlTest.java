package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which SQL of a hand-written step ends its migration's transaction or moves its schema. */
class StepSqlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "COMMIT",
        "commit;",
        "COMMIT WORK",
        "  -- finished\n  COMMIT",
        "/* finished */ROLLBACK",
        "ROLLBACK TRANSACTION",
        "END",
        "ABORT",
        "BEGIN",
        "START TRANSACTION",
        "SET AUTOCOMMIT TRUE",
        "set @@autocommit = 1",
        "SET SESSION autocommit=1",
        "USE reports",
        "SET SCHEMA reports",
        "SET search_path TO reports",
        "SET LOCAL search_path = reports",
        "RESET search_path",
        "RESET ALL"
      })
  void refused(String sql) {
    assertThrows(SQLException.class, () -> StepSql.requireAllowed(sql, "com.example.Fill"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ROLLBACK TO SAVEPOINT before_bob",
        "ROLLBACK TO before_bob",
        "ROLLBACK WORK TO SAVEPOINT before_bob",
        "SAVEPOINT before_bob",
        "RELEASE SAVEPOINT before_bob",
        "BEGIN NOT ATOMIC SELECT 1; END",
        "UPDATE committed_orders SET state = 'COMMIT'",
        "SELECT 'COMMIT'",
        "INSERT INTO users_settings VALUES ('search_path')",
        "SET statement_timeout = 0",
        "UPDATE customers SET schema_version = 2",
        "-- COMMIT\nUPDATE customers SET name = name"
      })
  void allowed(String sql) {
    assertDoesNotThrow(() -> StepSql.requireAllowed(sql, "com.example.Fill"));
  }
}
