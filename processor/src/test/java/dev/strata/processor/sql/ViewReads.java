package dev.strata.processor.sql;

import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of table {@code t} that a view reads, as the database itself records them: the oracle
 * the SQL oracle tests hold Strata's column reads to.
 */
final class ViewReads {

  private ViewReads() {}

  /** The columns of {@code t} on which PostgreSQL records that view {@code v} depends. */
  static Set<String> postgres(TestDatabase postgres) throws SQLException {
    List<String> rows =
        postgres.query(
            "SELECT a.attname FROM pg_depend d"
                + " JOIN pg_rewrite r ON r.oid = d.objid"
                + " JOIN pg_attribute a ON a.attrelid = d.refobjid"
                + " AND a.attnum = d.refobjsubid"
                + " WHERE r.ev_class = 'v'::regclass AND d.refobjid = 't'::regclass");
    return new TreeSet<>(rows.subList(1, rows.size()));
  }

  /**
   * The given columns of {@code t} that MariaDB's stored definition of {@code view} reads: it
   * writes each as {@code `t`.`column`}.
   */
  static Set<String> mariaDb(TestDatabase mariadb, String view, Collection<String> columns)
      throws SQLException {
    String stored =
        mariadb
            .query(
                "SELECT VIEW_DEFINITION FROM INFORMATION_SCHEMA.VIEWS"
                    + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '"
                    + view
                    + "'")
            .get(1);
    Set<String> reads = new TreeSet<>();
    for (String column : columns) {
      if (stored.contains("`t`.`" + column + "`")) {
        reads.add(column);
      }
    }
    return reads;
  }
}
