package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A MySQL or MariaDB query's casts respelt as H2 types the columns MariaDB gives. */
class MySqlCastsOnH2Test {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          SELECT CAST(n AS SIGNED) AS s FROM t                  | SELECT CAST(n AS BIGINT) AS s FROM t
          SELECT CAST(n AS signed integer) AS s FROM t          | SELECT CAST(n AS BIGINT) AS s FROM t
          SELECT CAST(n AS UNSIGNED INT) AS s FROM t            | SELECT CAST(n AS BIGINT) AS s FROM t
          SELECT CAST(n AS INTEGER) AS i, CAST(n AS INT) AS j   | SELECT CAST(n AS BIGINT) AS i, CAST(n AS BIGINT) AS j
          SELECT CONVERT(n, SIGNED) AS s FROM t                 | SELECT CONVERT(n, BIGINT) AS s FROM t
          SELECT CAST(name AS CHAR(10)) AS c FROM t             | SELECT CAST(name AS VARCHAR(10)) AS c FROM t
          SELECT CAST(name AS NCHAR) AS c FROM t                | SELECT CAST(name AS VARCHAR) AS c FROM t
          SELECT CAST(name AS BINARY(4)) AS b FROM t            | SELECT CAST(name AS VARBINARY(4)) AS b FROM t
          SELECT CAST(n AS FLOAT) AS f, CAST(n AS FLOAT(30)) AS g | SELECT CAST(n AS REAL) AS f, CAST(n AS FLOAT(30)) AS g
          SELECT CAST(CAST(n AS CHAR) AS SIGNED) AS s FROM t    | SELECT CAST(CAST(n AS VARCHAR) AS BIGINT) AS s FROM t
          SELECT signed, 'CAST(n AS SIGNED)' AS s FROM t        | SELECT signed, 'CAST(n AS SIGNED)' AS s FROM t
          SELECT n AS signed, CAST(n AS DECIMAL(10, 2)) AS d    | SELECT n AS signed, CAST(n AS DECIMAL(10, 2)) AS d
          SELECT CAST((SELECT n AS int FROM t) AS CHAR) AS c    | SELECT CAST((SELECT n AS int FROM t) AS VARCHAR) AS c
          SELECT CAST(n /* AS SIGNED */ AS DOUBLE) AS d FROM t  | SELECT CAST(n /* AS SIGNED */ AS DOUBLE) AS d FROM t
          SELECT CAST(name AS CHAR CHARACTER SET utf8mb4) AS c  | SELECT CAST(name AS VARCHAR) AS c
          SELECT CONVERT(name, CHAR(8) CHARSET latin1) AS c     | SELECT CONVERT(name, VARCHAR(8)) AS c
          """)
  void eachCastsTypeIsTheOneMariaDbGives(String written, String onH2) {
    assertEquals(onH2, MySqlCastsOnH2.typedAsThere(written));
  }
}
