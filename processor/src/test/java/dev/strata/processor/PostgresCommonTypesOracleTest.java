package dev.strata.processor;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL 15 judges {@code COALESCE}, {@code GREATEST}, {@code LEAST}, {@code CASE} and a {@code
 * UNION}'s column over each pair of column types, and each column with string literals, on the
 * table Hibernate creates there for the entity: Strata errs on a view exactly where PostgreSQL
 * refuses to create it, for a module targeting PostgreSQL, both with H2 in its PostgreSQL mode and
 * in its own. H2 gives such values the type of one of them and converts the others when it runs the
 * query, where PostgreSQL refuses values of two categories and a literal that the others' type
 * cannot read.
 */
class PostgresCommonTypesOracleTest {

  private static final List<String> COLUMNS =
      List.of("label", "qty", "price", "ratio", "born", "seen", "opens", "flag", "token");

  private static final List<String> LITERALS =
      List.of(
          "'none'",
          "'0'",
          "' 12 '",
          "'1.5'",
          "'-2e3'",
          "'NaN'",
          "'yes'",
          "'off'",
          "'t'",
          "'2020-01-01'",
          "''",
          "'{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'",
          "'A0EEBC999C0B4EF8BB6D6BB9BD380A11'");

  /** The view every other view may read, created first. */
  private static final String AMOUNTS = "SELECT id, qty AS n, label AS l FROM samples";

  private static final List<String> SHAPES =
      List.of(
          "SELECT CASE WHEN flag THEN qty ELSE label END AS x FROM samples",
          "SELECT CASE WHEN flag THEN qty ELSE 'n/a' END AS x FROM samples",
          "SELECT CASE WHEN flag THEN qty WHEN qty > 1 THEN ratio ELSE 0 END AS x FROM samples",
          "SELECT CASE qty WHEN 1 THEN 'one' ELSE label END AS x FROM samples",
          "SELECT CASE WHEN flag THEN NULL ELSE label END AS x FROM samples",
          "SELECT CASE WHEN flag THEN 'a' ELSE 'b' END AS x FROM samples",
          "SELECT CASE WHEN flag THEN CASE WHEN qty > 1 THEN label END ELSE qty END AS x"
              + " FROM samples",
          "SELECT CASE WHEN flag THEN (CASE WHEN qty > 1 THEN 1 ELSE 2 END) ELSE qty END AS x"
              + " FROM samples",
          "SELECT CASE WHEN qty IN (1, 2) THEN label ELSE 'x' END AS x FROM samples",
          "SELECT coalesce(qty, 0, label) AS x FROM samples",
          "SELECT coalesce(qty, NULL) AS x FROM samples",
          "SELECT coalesce(sum(qty), 'none') AS x FROM samples",
          "SELECT coalesce(n, l) AS x FROM amounts",
          "SELECT coalesce(q.n, 'none') AS x FROM (SELECT qty AS n FROM samples) q",
          "WITH a AS (SELECT label AS l FROM samples) SELECT coalesce(l, 0) AS x FROM a",
          "SELECT greatest(born, seen) AS x, least(qty, price, ratio) AS y FROM samples",
          // the rewrites the messages ask for
          "SELECT coalesce(CAST(qty AS VARCHAR(40)), 'none') AS x FROM samples",
          "SELECT CASE WHEN flag THEN CAST(qty AS VARCHAR(40)) ELSE label END AS x FROM samples",
          "SELECT coalesce(CAST(flag AS VARCHAR(40)), 'none') AS x FROM samples",
          // set operations, column by column
          "SELECT qty AS x, label AS y FROM samples UNION SELECT qty, qty FROM samples",
          "SELECT qty AS x FROM samples INTERSECT SELECT price FROM samples",
          "SELECT label AS x FROM samples EXCEPT SELECT qty FROM samples",
          "(SELECT qty AS x FROM samples) UNION ALL (SELECT label FROM samples)",
          "SELECT qty AS x FROM samples UNION SELECT ratio FROM samples UNION SELECT label"
              + " FROM samples",
          "SELECT x FROM (SELECT qty AS x FROM samples UNION SELECT label FROM samples) u",
          "SELECT qty AS x FROM samples UNION SELECT NULL FROM samples ORDER BY x",
          "SELECT 'a' AS x UNION SELECT 'b' UNION SELECT label FROM samples",
          "SELECT * FROM samples UNION SELECT * FROM samples",
          "SELECT CAST(qty AS VARCHAR(40)) AS x FROM samples UNION SELECT label FROM samples",
          // helper-170's false errors: a subquery of a side, a bracketed literal, infinity, a
          // difference of dates, and a chain whose literal another operator types first
          "SELECT label AS x FROM samples WHERE EXISTS (SELECT qty FROM samples) UNION SELECT"
              + " label FROM samples",
          "SELECT id AS x FROM samples WHERE id IN (SELECT qty FROM samples) UNION SELECT 'x'",
          "SELECT qty AS x FROM samples UNION SELECT ('1')",
          "SELECT ratio AS x FROM samples UNION SELECT 'inf'",
          "SELECT born - born AS x FROM samples UNION SELECT 1",
          "SELECT qty AS x FROM samples UNION SELECT '1.5' INTERSECT SELECT price FROM samples");

  /** The columns whose literals' text PostgreSQL reads in many forms, left to it. */
  private static final List<String> TEMPORALS = List.of("born", "seen", "opens");

  /** Where PostgreSQL refuses what Strata leaves to it: a literal a date or time cannot read. */
  private static final Set<String> LEFT_TO_POSTGRES = new HashSet<>();

  @TempDir static Path temp;

  private static SampleViewsOracle oracle;
  private static Set<String> refusedByPostgres;

  @BeforeAll
  static void judgeOnPostgres() throws Exception {
    oracle = new SampleViewsOracle("amounts", AMOUNTS);
    for (String first : COLUMNS) {
      for (String second : COLUMNS) {
        oracle.add("SELECT coalesce(" + first + ", " + second + ") AS x FROM samples");
      }
      for (String literal : LITERALS) {
        String sql = "SELECT coalesce(" + first + ", " + literal + ") AS x FROM samples";
        oracle.add(sql);
        if (TEMPORALS.contains(first)) {
          LEFT_TO_POSTGRES.add(sql);
        }
      }
      for (String second : COLUMNS) {
        oracle.add(
            "SELECT " + first + " AS x FROM samples UNION SELECT " + second + " FROM samples");
      }
      for (String literal : LITERALS) {
        String sql = "SELECT " + first + " AS x FROM samples UNION ALL SELECT " + literal;
        oracle.add(sql);
        if (TEMPORALS.contains(first)) {
          LEFT_TO_POSTGRES.add(sql);
        }
      }
      oracle.add("SELECT greatest(" + first + ", label) AS x FROM samples");
      oracle.add("SELECT CASE WHEN id > 1 THEN " + first + " ELSE qty END AS x FROM samples");
    }
    SHAPES.forEach(oracle::add);
    refusedByPostgres = oracle.refusedByPostgres(temp);
  }

  @Test
  void strataErrsWhereH2InPostgresModeTakesWhatPostgresRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp, "-Astrata.dialect=postgresql", refusedByPostgres, LEFT_TO_POSTGRES, Set.of());
  }

  /**
   * Where PostgreSQL takes the view and returns other values than H2 outside PostgreSQL's mode,
   * which Strata names: {@code greatest} of a NULL, which PostgreSQL computes over the other
   * arguments and H2 makes NULL ({@code NullArgumentsOracleTest}).
   */
  private static final Set<String> MISREAD_BY_POSTGRES_OUTSIDE_ITS_MODE =
      Set.of("SELECT greatest(born, seen) AS x, least(qty, price, ratio) AS y FROM samples");

  @Test
  void strataErrsWhereH2TakesWhatPostgresTheModuleTargetsRefuses() {
    oracle.assertStrataErrsWherePostgresRefuses(
        temp,
        "-Astrata.targets=postgresql",
        oracle.andMisread(refusedByPostgres, MISREAD_BY_POSTGRES_OUTSIDE_ITS_MODE),
        LEFT_TO_POSTGRES,
        Set.of());
  }

  @Test
  void postgresRefusesTextWithANumberAndALiteralANumberCannotRead() {
    oracle.assertRefused(
        refusedByPostgres,
        "SELECT coalesce(qty, label) AS x FROM samples",
        "SELECT coalesce(qty, 'none') AS x FROM samples",
        "SELECT CASE WHEN flag THEN qty ELSE 'n/a' END AS x FROM samples");
  }
}
