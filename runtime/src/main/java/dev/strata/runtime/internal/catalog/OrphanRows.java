package dev.strata.runtime.internal.catalog;

import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.internal.dialect.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first row of a table that a foreign key would refuse: its key columns all set, and no row of
 * the referenced table holding those values. H2 and MariaDB refuse such a key naming only the key;
 * this names the values, as PostgreSQL does.
 */
final class OrphanRows {

  private OrphanRows() {}

  /** {@code customer_id = 99} for the first such row, or none. */
  static Optional<String> first(
      Connection connection, Dialect dialect, String table, ForeignKey key) throws SQLException {
    List<String> set = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (int i = 0; i < key.columns().size(); i++) {
      String column = "t." + dialect.render(key.columns().get(i));
      set.add(column + " IS NOT NULL");
      matched.add("r." + dialect.render(key.referencedColumns().get(i)) + " = " + column);
    }
    String sql =
        "SELECT "
            + String.join(", ", key.columns().stream().map(c -> "t." + dialect.render(c)).toList())
            + " FROM "
            + dialect.render(table)
            + " t WHERE "
            + String.join(" AND ", set)
            + " AND NOT EXISTS (SELECT 1 FROM "
            + dialect.render(key.referencedTable())
            + " r WHERE "
            + String.join(" AND ", matched)
            + ") LIMIT 1";
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      if (!rows.next()) {
        return Optional.empty();
      }
      List<String> values = new ArrayList<>();
      for (int i = 0; i < key.columns().size(); i++) {
        values.add(key.columns().get(i) + " = " + rows.getString(i + 1));
      }
      return Optional.of(String.join(", ", values));
    }
  }
}
