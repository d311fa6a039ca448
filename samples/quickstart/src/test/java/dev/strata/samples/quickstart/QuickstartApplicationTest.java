package dev.strata.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart, started twice on a fresh H2 file database, as a user would run it. */
class QuickstartApplicationTest {

  @TempDir Path folder;

  @Test
  void firstStartAppliesTheThreeVersionsAndPrintsTheViews() throws SQLException {
    JdbcDataSource database = database();

    String output = run(database);

    assertTrue(output.startsWith("Applied 3 migrations.\n"), output);
    assertTrue(
        output.contains(
            "main  3        Create vip_customers, replace customer_order_totals  APPLIED"),
        output);
    assertTrue(output.contains("  id | name | email\n  1 | Ada | ada@example.com\n"), output);
    assertEquals("1,Ada,258.89;2,Grace,198.99", rows(database, "SELECT * FROM vip_customers"));
  }

  @Test
  void secondStartAppliesNothing() throws SQLException {
    JdbcDataSource database = database();
    run(database);

    String output = run(database);

    assertTrue(output.startsWith("Views are up to date; nothing to apply."), output);
    assertEquals(
        "3",
        rows(database, "SELECT COUNT(*) FROM strata_schema_history WHERE success AND version > 0"));
  }

  private JdbcDataSource database() {
    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:file:" + folder.resolve("shop").toAbsolutePath());
    return database;
  }

  private static String run(JdbcDataSource database) throws SQLException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuickstartApplication.run(database, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static String rows(JdbcDataSource database, String query) throws SQLException {
    StringBuilder rows = new StringBuilder();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(query + " ORDER BY 1")) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        if (rows.length() > 0) {
          rows.append(';');
        }
        for (int i = 1; i <= columns; i++) {
          rows.append(i > 1 ? "," : "").append(result.getString(i));
        }
      }
    }
    return rows.toString();
  }
}
