package dev.strata.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An H2 file database in a test's temporary folder, with the table the test views read. */
final class H2Database {

  private final String url;

  private H2Database(String url) {
    this.url = url;
  }

  static H2Database in(Path folder) throws SQLException {
    H2Database database = new H2Database("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
    database.execute(TestMigrations.ITEMS_TABLE);
    return database;
  }

  String url() {
    return url;
  }

  void execute(String... statements) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
  }

  /** The lower-case names of the views, sorted. */
  List<String> viewNames() throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(url);
        ResultSet views =
            connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"VIEW"})) {
      while (views.next()) {
        names.add(views.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    names.sort(null);
    return names;
  }
}
