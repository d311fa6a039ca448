package dev.strata.processor;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 15 judges each arithmetic operator on each pair of column types, and on each column
 * with numbers, on the table Hibernate creates there for the entity: Strata errs on a view exactly
 * where PostgreSQL refuses to create it, for a module targeting PostgreSQL, both with H2 in its
 * PostgreSQL mode and in its own. H2 adds a number to a timestamp as days, does arithmetic on text,
 * booleans and a double's remainder and concatenates numbers by converting a side, where PostgreSQL
 * has no such operator. Operands follow the operators' precedence, and the rewrites Strata's
 * messages ask for are taken by both.
 */
class PostgresArithmeticOracleTest {

  private static final List<String> COLUMNS =
      List.of("label", "qty", "price", "ratio", "born", "seen", "opens", "flag", "token");

  private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "%", "||");

  private static final List<String> NUMBERS = List.of("1", "1.5", "qty");

  /** The view every other view may read, created first. */
  private static final String STAMPS = "SELECT id, seen AS s, label AS l FROM samples";

  private static final List<String> SHAPES =
      List.of(
          "SELECT qty + 2 * price AS x FROM samples",
          "SELECT qty * 2 + label AS x FROM samples",
          "SELECT 2 * (qty + label) AS x FROM samples",
          "SELECT seen - seen + 1 AS x FROM samples",
          "SELECT born - born + 1 AS x FROM samples",
          "SELECT -qty + 1 AS x, qty * -1 AS y FROM samples",
          "SELECT count(*) * 2 AS x FROM samples",
          "SELECT * FROM samples",
          "SELECT label || qty + 1 AS x FROM samples",
          "SELECT id FROM samples WHERE seen + 1 > CURRENT_TIMESTAMP",
          "SELECT id FROM samples WHERE qty + 1 = 2 AND label = 'a'",
          "SELECT CASE WHEN flag THEN seen + 1 END AS x FROM samples",
          "SELECT s + 1 AS x FROM stamps",
          "SELECT q.s - 2 AS x FROM (SELECT seen AS s FROM samples) q",
          "SELECT ratio % 2 AS x, qty % 2 AS y, price % 2 AS z FROM samples",
          "SELECT sum(qty) / count(*) AS x FROM samples",
          "SELECT (seen + INTERVAL '1' DAY) AS x FROM samples",
          "SELECT born + qty AS x FROM samples",
          "SELECT qty + '1' AS x FROM samples",
          "SELECT qty || 'x' || qty AS x FROM samples",
          "SELECT qty || qty || 'x' AS x FROM samples",
          "SELECT 'x' || qty || qty AS x FROM samples",
          "SELECT qty || NULL AS x, NULL || born AS y FROM samples",
          "SELECT qty + 1 || qty * 2 AS x FROM samples",
          "SELECT id FROM samples WHERE qty || qty = '11'",
          "SELECT l || s AS x, s || s AS y FROM stamps",
          // helper-177: arrays, their first element and subscripts holding operators
          "SELECT qty || ARRAY[price, 2.5] AS x, ARRAY[ratio] || ARRAY[ratio, 1.0] AS y FROM samples",
          "SELECT ARRAY[label + 1] AS x FROM samples",
          "SELECT (ARRAY[seen + 1])[1] AS x FROM samples",
          "SELECT (ARRAY[flag, flag])[qty % 2 + 1] * price AS x FROM samples",
          "SELECT (ARRAY[qty, 2])[qty % 2 + 1] * price AS x FROM samples",
          "SELECT ARRAY[price % 3] AS x FROM samples",
          // a remainder of what H2 types as a double and PostgreSQL as a numeric
          "SELECT avg(qty) % 2 AS x FROM samples",
          "SELECT 1e3 % 2 AS x, avg(ratio) % 2 AS y FROM samples",
          "SELECT 1e3 % 2 AS x FROM samples",
          // the rewrites the messages ask for
          "SELECT seen + 1 * INTERVAL '1' DAY AS x FROM samples",
          "SELECT born - 1.5 * INTERVAL '1' DAY AS x FROM samples",
          "SELECT CAST(label AS INTEGER) + 1 AS x FROM samples",
          "SELECT MOD(CAST(ratio AS DECIMAL(30, 10)), CAST(2 AS DECIMAL(30, 10))) AS x FROM samples",
          "SELECT CAST(qty AS VARCHAR(40)) || qty AS x FROM samples");

  /** Where H2 refuses what PostgreSQL takes: H2's difference of dates is an interval. */
  private static final Set<String> STRICTER_ON_H2 =
      Set.of("SELECT born - born + 1 AS x FROM samples");

  /**
   * Where PostgreSQL takes the view and returns other values than H2, which Strata names: the
   * remainder of a decimal by an integer ({@code RemaindersOracleTest}).
   */
  private static final Set<String> MISREAD_BY_POSTGRES =
      Set.of(
          "SELECT price % qty AS x FROM samples",
          "SELECT ARRAY[price % 3] AS x FROM samples", "SELECT avg(qty) % 2 AS x FROM samples");

  @TempDir static Path temp;

  private static SampleViewsOracle oracle;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    oracle = new SampleViewsOracle("stamps", STAMPS);
    for (String left : COLUMNS) {
      for (String operator : OPERATORS) {
        for (String right : COLUMNS) {
          oracle.add("SELECT " + left + " " + operator + " " + right + " AS x FROM samples");
        }
      }
      for (String number : NUMBERS) {
        oracle.add("SELECT " + left + " + " + number + " AS x FROM samples");
        oracle.add("SELECT " + left + " - " + number + " AS x FROM samples");
        oracle.add("SELECT " + number + " + " + left + " AS x FROM samples");
      }
    }
    SHAPES.forEach(oracle::add);
    refusedByPostgres = oracle.refusedByPostgres(temp);
  }

  @Test
  void strataErrsWhereH2InPostgresModeTakesWhatPostgresRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp, "-Astrata.dialect=postgresql", refusedOrMisread(), Set.of(), STRICTER_ON_H2);
  }

  @Test
  void strataErrsWhereH2TakesWhatPostgresTheModuleTargetsRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp, "-Astrata.targets=postgresql", refusedOrMisread(), Set.of(), STRICTER_ON_H2);
  }

  private static Set<String> refusedOrMisread() {
    return oracle.andMisread(refusedByPostgres, MISREAD_BY_POSTGRES);
  }

  @Test
  void postgresRefusesADayAddedToATimestampArithmeticOfTextAndNumbersConcatenated() {
    oracle.assertRefused(
        refusedByPostgres,
        "SELECT seen + 1 AS x FROM samples",
        "SELECT label + 1 AS x FROM samples",
        "SELECT qty || qty AS x FROM samples",
        "SELECT ratio % 2 AS x, qty % 2 AS y, price % 2 AS z FROM samples");
  }
}
