package dev.strata.runtime.internal.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.DatabaseKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Where a SQL text's top-level statements end, as each database reads the text. */
class TopLevelStatementsTest {

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL", "MYSQL"})
  void eachSemicolonOutsideQuotesCommentsAndBlocksEndsAStatement(DatabaseKind kind) {
    assertEquals(
        List.of("INSERT INTO t VALUES (1)", "COMMIT"),
        topLevel("INSERT INTO t VALUES (1); COMMIT", kind));
    assertEquals(
        List.of("INSERT INTO t VALUES ('a; COMMIT')", "COMMIT"),
        topLevel("INSERT INTO t VALUES ('a; COMMIT'); COMMIT;", kind));
    assertEquals(
        List.of("SELECT \"a;b\" FROM t", "SELECT 'it''s; END'"),
        topLevel("SELECT \"a;b\" FROM t; SELECT 'it''s; END'", kind));
    assertEquals(List.of("SELECT 1"), topLevel("-- ; COMMIT\nSELECT 1 /* ; COMMIT */;", kind));
    assertEquals(
        List.of("SELECT CASE WHEN a = 1 THEN 'x' END FROM t", "COMMIT"),
        topLevel("SELECT CASE WHEN a = 1 THEN 'x' END FROM t; COMMIT", kind));
    assertEquals(
        List.of("CREATE TABLE t (begin INT, x INT)", "COMMIT"),
        topLevel("CREATE TABLE t (begin INT, x INT); COMMIT", kind));
    assertEquals(
        List.of("BEGIN", "INSERT INTO t VALUES (1)", "COMMIT"),
        topLevel("BEGIN; INSERT INTO t VALUES (1); COMMIT", kind));
    assertEquals(
        List.of("CREATE VIEW v AS SELECT begin FROM t", "COMMIT"),
        topLevel("CREATE VIEW v AS SELECT begin FROM t; COMMIT", kind));
    assertEquals(List.of(), topLevel(" ; -- nothing\n", kind));
  }

  @Test
  void aBackslashInQuotesIsReadAsTheSessionsSettingsSay() {
    String single = "SELECT 'a\\'; COMMIT; -- '";
    assertEquals(List.of(single), topLevel(single, DatabaseKind.MYSQL));
    assertEquals(
        List.of("SELECT 'a\\'", "COMMIT"),
        topLevel(
            single, DatabaseKind.MYSQL, Backslashes.readings(single, DatabaseKind.MYSQL).get(2)));
    assertEquals(List.of("SELECT 'a\\'", "COMMIT"), topLevel(single, DatabaseKind.H2));
    String doubled = "SELECT \"a\\\"\"; COMMIT; -- \"";
    assertEquals(List.of("SELECT \"a\\\"\"", "COMMIT"), topLevel(doubled, DatabaseKind.MYSQL));
    assertEquals(
        List.of(doubled),
        topLevel(
            doubled, DatabaseKind.MYSQL, Backslashes.readings(doubled, DatabaseKind.MYSQL).get(1)));
    assertEquals(
        List.of(single),
        topLevel(
            single,
            DatabaseKind.POSTGRESQL,
            Backslashes.readings(single, DatabaseKind.POSTGRESQL).get(1)));
  }

  @Test
  void anEndThatIsANameClosesNoBlock() {
    String block =
        "BEGIN NOT ATOMIC UPDATE spans SET label = CASE WHEN end > 1 THEN 'long' END;"
            + " UPDATE spans SET end = 0 WHERE spans.end IS NULL OR end.x = 1; END";
    assertEquals(List.of(block, "COMMIT"), topLevel(block + "; COMMIT", DatabaseKind.MYSQL));
    String procedure =
        "CREATE PROCEDURE fill() BEGIN SELECT CASE end WHEN 1 THEN end ELSE end + 1 END FROM spans;"
            + " COMMIT; END";
    assertEquals(List.of(procedure), topLevel(procedure, DatabaseKind.MYSQL));
    assertEquals(List.of(), inBlocks(procedure, DatabaseKind.MYSQL));
    String repeat =
        "BEGIN NOT ATOMIC DECLARE x INT DEFAULT 0; REPEAT SET x = x + 1; UNTIL x > 5 END REPEAT;"
            + " END";
    assertEquals(List.of(repeat, "COMMIT"), topLevel(repeat + "; COMMIT", DatabaseKind.MYSQL));
    String empty = "BEGIN NOT ATOMIC END";
    assertEquals(List.of(empty, "COMMIT"), topLevel(empty + "; COMMIT", DatabaseKind.MYSQL));
  }

  @Test
  void aMariaDbRoutineOrCompoundBodyIsOneStatement() {
    String procedure =
        "CREATE PROCEDURE fill() MODIFIES SQL DATA BEGIN"
            + " DECLARE n INT DEFAULT 0; INSERT INTO t VALUES (1);"
            + " IF n = 0 THEN UPDATE t SET a = CASE WHEN a > 1 THEN 2 END; END IF;"
            + " lbl: LOOP LEAVE lbl; END LOOP lbl; BEGIN SELECT 1; END; END";
    assertEquals(
        List.of(procedure, "COMMIT"), topLevel(procedure + "; COMMIT", DatabaseKind.MYSQL));
    String block = "BEGIN NOT ATOMIC INSERT INTO t VALUES (1); END";
    assertEquals(List.of(block, "COMMIT"), topLevel(block + "; COMMIT", DatabaseKind.MYSQL));
    String trigger = "CREATE TRIGGER t_bi BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END";
    assertEquals(List.of(trigger, "COMMIT"), topLevel(trigger + "; COMMIT", DatabaseKind.MYSQL));
    String function =
        "CREATE DEFINER = CURRENT_USER FUNCTION f(n INT) RETURNS INT DETERMINISTIC BEGIN"
            + " DECLARE begin INT; RETURN n; END";
    assertEquals(List.of(function, "COMMIT"), topLevel(function + "; COMMIT", DatabaseKind.MYSQL));
    String loop = "WHILE 1 = 0 DO INSERT INTO t VALUES (1); END WHILE";
    assertEquals(List.of(loop, "COMMIT"), topLevel(loop + "; COMMIT", DatabaseKind.MYSQL));
  }

  @Test
  void theStatementsOfABlockThatRunsAreReadButNotThoseOfARoutineBody() {
    assertEquals(
        List.of("INSERT INTO t VALUES (1)", "COMMIT"),
        inBlocks("BEGIN NOT ATOMIC INSERT INTO t VALUES (1); COMMIT; END", DatabaseKind.MYSQL));
    assertEquals(
        List.of("ROLLBACK"),
        inBlocks("SELECT 1; IF 1 = 1 THEN ROLLBACK; END IF; COMMIT", DatabaseKind.MYSQL));
    assertEquals(
        List.of(),
        inBlocks(
            "CREATE PROCEDURE p() BEGIN INSERT INTO t VALUES (1); COMMIT; END",
            DatabaseKind.MYSQL));
  }

  @Test
  void anOracleModeBlockIsOneStatement() {
    String anonymous = "BEGIN INSERT INTO t VALUES (1); UPDATE t SET a = 2; END";
    assertEquals(
        List.of(anonymous, "COMMIT"), topLevel(anonymous + "; COMMIT", DatabaseKind.MYSQL));
    String declared = "DECLARE n INT := 1; BEGIN INSERT INTO t VALUES (n); END";
    assertEquals(List.of(declared, "COMMIT"), topLevel(declared + "; COMMIT", DatabaseKind.MYSQL));
  }

  @Test
  void mySqlQuotingAndComments() {
    assertEquals(
        List.of("INSERT INTO t VALUES ('it\\'s; COMMIT')", "SELECT `a;b`"),
        topLevel("INSERT INTO t VALUES ('it\\'s; COMMIT'); SELECT `a;b`", DatabaseKind.MYSQL));
    // 1--1 is 1 - -1, and # starts a comment
    assertEquals(
        List.of("SELECT 1--1", "COMMIT"),
        topLevel("SELECT 1--1; COMMIT # ; END", DatabaseKind.MYSQL));
    // MySQL runs an executable comment's content
    assertEquals(
        List.of("SELECT 1", "COMMIT"),
        topLevel("SELECT 1; /*!40101 COMMIT */", DatabaseKind.MYSQL).stream()
            .map(String::strip)
            .toList());
  }

  @Test
  void postgreSqlQuotingAndComments() {
    String function =
        "CREATE FUNCTION f() RETURNS void AS $body$ BEGIN UPDATE t SET a = 1; COMMIT; END"
            + " $body$ LANGUAGE plpgsql";
    assertEquals(
        List.of(function, "COMMIT"), topLevel(function + "; COMMIT", DatabaseKind.POSTGRESQL));
    String atomic = "CREATE FUNCTION g() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END";
    assertEquals(List.of(atomic, "COMMIT"), topLevel(atomic + "; COMMIT", DatabaseKind.POSTGRESQL));
    // a backslash is a character in a standard string, an escape in an E'' string
    assertEquals(
        List.of("SELECT 'a\\'", "COMMIT"),
        topLevel("SELECT 'a\\'; COMMIT", DatabaseKind.POSTGRESQL));
    assertEquals(
        List.of("SELECT E'a\\'; b'", "SELECT 1"),
        topLevel("SELECT E'a\\'; b'; SELECT 1", DatabaseKind.POSTGRESQL));
    // comments nest, and # is an operator
    assertEquals(
        List.of("SELECT 1", "SELECT 2 # 3", "COMMIT"),
        topLevel(
            "/* a /* b */ ; COMMIT */ SELECT 1; SELECT 2 # 3; COMMIT", DatabaseKind.POSTGRESQL));
    assertEquals(
        List.of("SELECT $1", "DO $$ BEGIN COMMIT; END $$"),
        topLevel("SELECT $1; DO $$ BEGIN COMMIT; END $$", DatabaseKind.POSTGRESQL));
  }

  private static List<String> topLevel(String sql, DatabaseKind kind) {
    return TopLevelStatements.of(sql, kind, Backslashes.usual(kind));
  }

  private static List<String> topLevel(String sql, DatabaseKind kind, Backslashes reading) {
    return TopLevelStatements.of(sql, kind, reading);
  }

  private static List<String> inBlocks(String sql, DatabaseKind kind) {
    return TopLevelStatements.inBlocks(sql, kind, Backslashes.usual(kind));
  }
}
