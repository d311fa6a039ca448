package dev.strata.processor.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.dialect.MySQLDialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.junit.jupiter.api.Test;

/** The longest VARCHAR and VARBINARY Strata lets a column have are Hibernate's own, by database. */
class ColumnLengthsTest {

  @Test
  void theLongestAreThoseOfHibernatesDialects() {
    assertLongest("h2", new H2Dialect());
    assertLongest("postgresql", new PostgreSQLDialect());
    assertLongest("mariadb", new MariaDBDialect());
    assertLongest("mysql", new MySQLDialect());
  }

  private static void assertLongest(String database, Dialect dialect) {
    assertEquals(dialect.getMaxVarcharLength(), ColumnLengths.longest(database, false), database);
    long varbinary = dialect.getMaxVarbinaryLength();
    // PostgreSQL's bytea has no length: Hibernate says Integer.MAX_VALUE, no Java array is longer
    assertEquals(
        varbinary == Integer.MAX_VALUE ? Long.MAX_VALUE : varbinary,
        ColumnLengths.longest(database, true),
        database);
  }
}
