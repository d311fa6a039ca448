package dev.strata.processor.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A query whose sums, averages and divisions H2 types as MySQL and MariaDB do once its operands are
 * multiplied by {@code 1.0}: the respelling leaves every other text as it was.
 */
class MySqlDecimalsOnH2Test {

  @Test
  void sumsAndAveragesTakeTheirArgumentTimesOne() {
    assertEquals(
        "SELECT SUM((qty) * 1.0), AVG(DISTINCT (price) * 1.0), SUM((qty) * 1.0) OVER (ORDER BY id)"
            + " FROM t",
        MySqlDecimalsOnH2.typedAsThere(
            "SELECT SUM(qty), AVG(DISTINCT price), SUM(qty) OVER (ORDER BY id) FROM t", "h2"));
  }

  @Test
  void aDivisionsLeftOperandIsTimesOneWhereItEnds() {
    assertEquals(
        "SELECT a + b * 1.0 / c, (a + b) * 1.0 / c * 1.0 / d, COUNT(*) * 1.0 / 2 FROM t",
        MySqlDecimalsOnH2.typedAsThere(
            "SELECT a + b / c, (a + b) / c / d, COUNT(*) / 2 FROM t", "h2"));
  }

  @Test
  void aSlashInAStringCommentOrOtherCallIsLeftAsItIs() {
    String sql = "SELECT '1/2', t.sum, x.avg(1) /* a / b */ FROM t";
    assertEquals(sql, MySqlDecimalsOnH2.typedAsThere(sql, "mariadb"));
    String backslashed = "SELECT 'it\\'s 1/2' AS s FROM t";
    assertEquals(backslashed, MySqlDecimalsOnH2.typedAsThere(backslashed, "mariadb"));
  }

  @Test
  void aDivisionWrittenWithoutSpacesStaysOneExpression() {
    assertEquals(
        "SELECT qty* 1.0 /2 FROM t", MySqlDecimalsOnH2.typedAsThere("SELECT qty/2 FROM t", "h2"));
  }

  @Test
  void anAggregateOverADivisionTypesBoth() {
    assertEquals(
        "SELECT SUM((qty * 1.0 / 2) * 1.0) FROM t",
        MySqlDecimalsOnH2.typedAsThere("SELECT SUM(qty / 2) FROM t", "postgresql"));
  }
}
