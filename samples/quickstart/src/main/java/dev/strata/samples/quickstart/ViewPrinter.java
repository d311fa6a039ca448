package dev.strata.samples.quickstart;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/** Prints every view of the database with its rows, as a user would look at them. */
final class ViewPrinter {

  private final PrintStream out;

  ViewPrinter(PrintStream out) {
    this.out = out;
  }

  void printAll(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      for (String view : viewNames(connection)) {
        print(connection, view);
      }
    }
  }

  private static List<String> viewNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet views =
        connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"VIEW"})) {
      while (views.next()) {
        names.add(views.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    names.sort(null);
    return names;
  }

  private void print(Connection connection, String view) throws SQLException {
    out.println();
    out.println(view);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + view + " ORDER BY 1")) {
      ResultSetMetaData columns = rows.getMetaData();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= columns.getColumnCount(); i++) {
        header.add(columns.getColumnLabel(i).toLowerCase(Locale.ROOT));
      }
      out.println("  " + String.join(" | ", header));
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          values.add(String.valueOf(rows.getObject(i)));
        }
        out.println("  " + String.join(" | ", values));
      }
    }
  }
}
