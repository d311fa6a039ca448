package dev.strata.processor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 15 judges each function of text and of numbers on each type of column, on the table
 * Hibernate creates there for the entity: Strata errs on a view exactly where PostgreSQL refuses to
 * create it for its argument's type, for a module targeting PostgreSQL, both with H2 in its
 * PostgreSQL mode ({@code -Astrata.dialect}) and in its own ({@code -Astrata.targets}). H2 reads a
 * number's or a date's text where PostgreSQL's functions of text take text only, and rounds a
 * double precision to n places where PostgreSQL rounds a numeric only. Arguments read through an
 * average, an expression, a subquery, a common table expression and another view are typed as
 * PostgreSQL types them, and the rewrites Strata's messages ask for are taken by both.
 */
class PostgresSignaturesOracleTest {

  private static final List<String> CALLS =
      List.of(
          "length(%s)",
          "char_length(%s)",
          "octet_length(%s)",
          "upper(%s)",
          "lower(%s)",
          "left(%s, 2)",
          "right(%s, 2)",
          "substring(%s, 1, 2)",
          "substring(%s FROM 1 FOR 2)",
          "substr(%s, 2)",
          "lpad(%s, 5, '0')",
          "rpad(%s, 5, '0')",
          "trim(%s)",
          "trim(LEADING '0' FROM %s)",
          "ltrim(%s)",
          "replace(%s, '1', '2')",
          "translate(%s, '1', '2')",
          "regexp_replace(%s, '1', '2')",
          "repeat(%s, 2)",
          "ascii(%s)",
          "position('1' IN %s)",
          "round(%s, 2)",
          "round(%s)",
          "trunc(%s, 2)",
          "mod(%s, 2)",
          "mod(7, %s)",
          "log(%s, 2)",
          "log(10, %s)",
          "to_char(%s)",
          "string_agg(%s, ',')",
          "string_agg(DISTINCT %s, ',')",
          "lpad(label, 5, %s)",
          "replace(label, %s, 'x')",
          "translate(label, 'a', %s)");

  private static final List<String> COLUMNS =
      List.of(
          "label", "qty", "id", "price", "ratio", "weight", "born", "seen", "opens", "flag",
          "token");

  /** The view every other view may read, created first. */
  private static final String RATIOS = "SELECT id, ratio AS r, qty AS n FROM samples";

  private static final List<String> SHAPES =
      List.of(
          "SELECT round(avg(ratio), 2) AS x FROM samples",
          "SELECT round(avg(weight), 1) AS x FROM samples",
          "SELECT round(avg(qty), 2) AS x FROM samples",
          "SELECT round(avg(price), 2) AS x FROM samples",
          "SELECT round(stddev_pop(qty), 2) AS x FROM samples",
          "SELECT round(variance(ratio), 2) AS x FROM samples",
          "SELECT round(100 * avg(ratio) / 3, 2) AS x FROM samples",
          "SELECT round(100.0 * avg(qty), 2) AS x FROM samples",
          "SELECT round(avg(qty) + avg(ratio), 2) AS x FROM samples",
          "SELECT round(sum(ratio) / count(*), 2) AS x FROM samples",
          "SELECT round(sum(qty) * 1.0 / count(*), 2) AS x FROM samples",
          "SELECT round(ratio * 1.5, 2) AS x FROM samples",
          "SELECT round(price * ratio, 2) AS x FROM samples",
          "SELECT round(price * qty, 2) AS x FROM samples",
          "SELECT round(qty / 3, 2) AS x FROM samples",
          "SELECT round(coalesce(ratio, 0), 2) AS x FROM samples",
          "SELECT round(CASE WHEN flag THEN ratio ELSE 0 END, 2) AS x FROM samples",
          "SELECT round(max(ratio), 2) AS x FROM samples",
          "SELECT qty, round(avg(ratio) FILTER (WHERE flag), 2) AS x FROM samples GROUP BY qty",
          "SELECT round(cast(ratio AS numeric), 2) AS x FROM samples",
          "SELECT round(ratio::numeric, 2) AS x FROM samples",
          "SELECT round(price * 1e2, 2) AS x FROM samples",
          "SELECT round(sqrt(price), 2) AS x FROM samples",
          "SELECT round(sqrt(ratio), 2) AS x FROM samples",
          "SELECT mod('7', 2) AS x, log(10, '100') AS y FROM samples",
          "SELECT length(label || qty) AS x FROM samples",
          "SELECT upper(concat(qty, 'a')) AS x FROM samples",
          "SELECT lower(CASE WHEN qty IN (1, 2) THEN label END) AS x FROM samples",
          "SELECT length(coalesce(label, '')) AS x FROM samples",
          "WITH s AS (SELECT ratio AS r FROM samples) SELECT round(r, 2) AS x FROM s",
          "SELECT length(q.n) AS x FROM (SELECT qty AS n FROM samples) q",
          "SELECT (SELECT max(length(s.born)) FROM samples s WHERE s.id = o.id) AS x FROM samples o",
          "SELECT round(r, 2) AS x, upper(n) AS y FROM ratios",
          "SELECT round(n, 2) AS x FROM ratios",
          "SELECT length(label) AS x, round(price, 1) AS y, mod(qty, 3) AS z FROM samples",
          // the rewrites the messages ask for
          "SELECT length(CAST(qty AS VARCHAR(40))) AS x FROM samples",
          "SELECT upper(CAST(born AS VARCHAR(40))) AS x FROM samples",
          "SELECT trim(LEADING '0' FROM CAST(id AS VARCHAR(40))) AS x FROM samples",
          "SELECT round(CAST(ratio AS DECIMAL(30, 10)), 2) AS x FROM samples",
          "SELECT round(CAST(avg(ratio) AS DECIMAL(30, 10)), 2) AS x FROM samples",
          "SELECT mod(CAST(ratio AS DECIMAL(30, 10)), CAST(2 AS DECIMAL(30, 10))) AS x FROM samples",
          "SELECT to_char(born, 'YYYY-MM-DD') AS x FROM samples",
          "SELECT to_char(seen, 'YYYY-MM-DD HH24:MI:SS') AS x FROM samples",
          "SELECT CAST(qty AS VARCHAR(40)) AS x FROM samples");

  /**
   * Where PostgreSQL refuses what Strata leaves to it, each for a reason the check's documentation
   * gives: an argument whose type H2 gives otherwise than PostgreSQL and that is not judged.
   */
  private static final Set<String> LEFT_TO_POSTGRES =
      Set.of(
          // a square root is a numeric of a numeric on PostgreSQL, a double precision on H2
          "SELECT round(sqrt(ratio), 2) AS x FROM samples",
          // an average with a FILTER or OVER clause is not typed by its argument
          "SELECT qty, round(avg(ratio) FILTER (WHERE flag), 2) AS x FROM samples GROUP BY qty");

  /**
   * Where PostgreSQL takes the view and returns other values than H2, which Strata names: the
   * remainder of a decimal by an integer ({@code RemaindersOracleTest}), the rounding of a double,
   * half to even there ({@code FunctionReadingsOracleTest}).
   */
  private static final Set<String> MISREAD_BY_POSTGRES =
      Set.of(
          "SELECT mod(price, 2) AS x FROM samples",
          "SELECT round(ratio) AS x FROM samples",
          "SELECT round(weight) AS x FROM samples");

  /**
   * Where PostgreSQL and H2 in its mode take the view and return other values than H2 outside that
   * mode: {@code regexp_replace} of the first match only ({@code FunctionReadingsOracleTest}).
   */
  private static final Set<String> MISREAD_OUTSIDE_ITS_MODE =
      Set.of("SELECT regexp_replace(label, '1', '2') AS x FROM samples");

  @TempDir static Path temp;

  private static SampleViewsOracle oracle;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    oracle = new SampleViewsOracle("ratios", RATIOS);
    for (String call : CALLS) {
      for (String column : COLUMNS) {
        oracle.add("SELECT " + String.format(Locale.ROOT, call, column) + " AS x FROM samples");
      }
    }
    SHAPES.forEach(oracle::add);
    refusedByPostgres = oracle.refusedByPostgres(temp);
  }

  @Test
  void strataErrsWhereH2InPostgresModeTakesWhatPostgresRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp,
        "-Astrata.dialect=postgresql",
        oracle.andMisread(refusedByPostgres, MISREAD_BY_POSTGRES),
        LEFT_TO_POSTGRES,
        Set.of());
  }

  @Test
  void strataErrsWhereH2TakesWhatPostgresTheModuleTargetsRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp,
        "-Astrata.targets=postgresql",
        oracle.andMisread(
            oracle.andMisread(refusedByPostgres, MISREAD_BY_POSTGRES), MISREAD_OUTSIDE_ITS_MODE),
        LEFT_TO_POSTGRES,
        Set.of());
  }

  @Test
  void postgresRefusesTextFunctionsOfNumbersAndRoundingOfDoubles() {
    oracle.assertRefused(
        refusedByPostgres,
        "SELECT length(qty) AS x FROM samples",
        "SELECT upper(born) AS x FROM samples",
        "SELECT round(ratio, 2) AS x FROM samples",
        "SELECT round(avg(ratio), 2) AS x FROM samples",
        "SELECT to_char(qty) AS x FROM samples");
  }
}
