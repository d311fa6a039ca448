package dev.strata.processor;

import dev.strata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The names of a table's foreign keys, as the database reports them. */
final class ForeignKeyNames {

  private ForeignKeyNames() {}

  /** The names, in lower case and sorted, of the foreign keys of {@code table}. */
  static List<String> of(TestDatabase database, String table) throws SQLException {
    String stored = database.stored(table);
    try (Connection connection = database.dataSource().getConnection();
        ResultSet rows =
            connection
                .getMetaData()
                .getImportedKeys(connection.getCatalog(), connection.getSchema(), stored)) {
      List<String> names = new ArrayList<>();
      while (rows.next()) {
        names.add(rows.getString("FK_NAME").toLowerCase(Locale.ROOT));
      }
      return names.stream().distinct().sorted().toList();
    }
  }
}
