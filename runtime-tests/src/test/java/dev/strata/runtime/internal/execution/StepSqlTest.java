package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.DatabaseKind;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which SQL of a hand-written step ends its migration's transaction or moves its schema. */
class StepSqlTest {

  private static final List<DatabaseKind> KINDS =
      List.of(DatabaseKind.H2, DatabaseKind.POSTGRESQL, DatabaseKind.MYSQL);

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
        "RESET ALL",
        "INSERT INTO t VALUES (1); COMMIT",
        "INSERT INTO t VALUES ('a;b');\n-- done\nROLLBACK;",
        "SELECT 1; /* next */ SET search_path TO reports",
        "CREATE TABLE t (begin INT); COMMIT",
        "BEGIN WORK",
        "begin;",
        "BEGIN TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "BEGIN READ ONLY",
        "BEGIN NOT DEFERRABLE",
        "SELECT RELEASE_LOCK('strata:shop.strata_schema_history')",
        "SELECT GET_LOCK(\"strata:shop.strata_schema_history\", 10)"
      })
  void refused(String sql) {
    for (DatabaseKind kind : KINDS) {
      assertThrows(
          SQLException.class,
          () -> StepSql.requireAllowed(sql, "com.example.Fill", kind),
          kind.name());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FLUSH TABLES WITH READ LOCK",
        "flush local tables customers, orders with read lock",
        "FLUSH TABLE customers FOR EXPORT"
      })
  void flushingTablesUnderALockIsRefusedOnMysqlAndMariadb(String sql) {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> StepSql.requireAllowed(sql, "com.example.Fill", DatabaseKind.MYSQL));

    assertTrue(refused.getMessage().contains("commit the migration's transaction"));
  }

  /**
   * A call of set_config for the session is found where a backslash ends no string: after
   * PostgreSQL's E'\'' (a quote), and after '\' under standard_conforming_strings = off, each read
   * as the server reads it. Read by quotes alone, the call stood inside a string and went through.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT E'\\'', set_config('lock_timeout', '9s', false), 'x'",
        "SELECT '\\'', set_config('lock_timeout', '9s', false), 'x'"
      })
  void aSessionSetConfigAfterAnEscapedQuoteIsRefusedOnPostgresql(String sql) {
    SQLException refused =
        assertThrows(
            SQLException.class,
            () -> StepSql.requireAllowed(sql, "com.example.Fill", DatabaseKind.POSTGRESQL));

    assertTrue(refused.getMessage().contains("set_config(name, value, true)"), refused::getMessage);
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
        "SET LOCAL statement_timeout = 0",
        "SET CONSTRAINTS ALL DEFERRED",
        "SELECT set_config('app.tenant', '42', true)",
        "SELECT 'call set_config(''a'', ''b'', false) later'",
        "CREATE FUNCTION f() RETURNS text AS $fn$ SELECT set_config('a', 'b', false) $fn$ LANGUAGE sql",
        "SET LOCAL transaction_label = 1",
        "UPDATE t SET transaction_id = 2",
        "UPDATE customers SET schema_version = 2",
        "-- COMMIT\nUPDATE customers SET name = name",
        "INSERT INTO t VALUES ('; COMMIT'); UPDATE t SET a = 1 /* ; COMMIT */",
        "SELECT CASE WHEN a = 1 THEN 1 END FROM t; SELECT 2",
        "CREATE PROCEDURE fill() BEGIN INSERT INTO t VALUES (1); END; CALL fill()",
        "BEGIN INSERT INTO t VALUES (1); END",
        "BEGIN\n  UPDATE t SET a = 1;\n  UPDATE t SET b = 2;\nEND;",
        "SELECT GET_LOCK('fill', 0); SELECT RELEASE_LOCK('fill')",
        "SELECT IS_USED_LOCK('strata:shop.strata_schema_history')",
        "UNLOCK TABLES",
        "PREPARE fill FROM 'INSERT INTO t VALUES (''COMMIT'')'; EXECUTE fill",
        "EXECUTE IMMEDIATE 'UPDATE t SET a = ?' USING 'COMMIT'"
      })
  void allowed(String sql) {
    for (DatabaseKind kind : KINDS) {
      assertDoesNotThrow(() -> StepSql.requireAllowed(sql, "com.example.Fill", kind), kind.name());
    }
  }
}
