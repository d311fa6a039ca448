package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles four successive versions of a set of view classes against one snapshot folder, then runs
 * the generated migrations on H2: upgrade, downgrade to each earlier version, upgrade again,
 * checking every view's columns and rows at each step.
 */
class EvolutionTest {

  private static final Map<String, List<String>> VERSION_SOURCES =
      Map.of(
          "v1", List.of("ActiveUser", "ActiveUserEmail", "OrderTotal"),
          "v2", List.of("ActiveUser", "ActiveUserEmail", "BigSpender", "OrderTotal"),
          "v3", List.of("ActiveUser", "ActiveUserEmail", "BigSpender"),
          "v4", List.of("ActiveUser", "ActiveUserEmail", "InactiveUser"));

  /** Per version: every view, as its column names followed by its rows, each a line. */
  private static final List<Map<String, List<String>>> EXPECTED =
      List.of(
          Map.of(),
          Map.of(
              "active_users", List.of("id,email", "1,ada@example.com", "3,cy@example.com"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "order_totals", List.of("user_id,total", "1,105.00", "3,20.00")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "order_totals", List.of("user_id,total", "1,105.00", "3,20.00"),
              "big_spenders", List.of("user_id", "1")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "big_spenders", List.of("user_id,total", "1,105.00")),
          Map.of(
              "active_users",
                  List.of("id,email,name", "1,ada@example.com,Ada", "3,cy@example.com,Cy"),
              "active_user_emails", List.of("email", "ada@example.com", "cy@example.com"),
              "inactive_users", List.of("id,name", "2,Bob")));

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void generatedMigrationsUpgradeDowngradeToEveryVersionAndUpgradeAgain() throws Exception {
    Compilation latest = null;
    for (int version = 1; version <= 4; version++) {
      latest = compileVersion(version);
      assertThat(latest).succeeded();
      assertEquals(version, snapshotCount(), "snapshots after compiling v" + version);
    }
    writeClassOutput(latest);

    JdbcDataSource database = new JdbcDataSource();
    database.setURL("jdbc:h2:mem:evolution;DB_CLOSE_DELAY=-1");
    createTables(database);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Strata strata = Strata.configure(database).classLoader(loader).load();

      assertEquals(4, strata.upgrade().size());
      assertViews(database, 4);
      for (int target = 3; target >= 0; target--) {
        strata.downgrade(target);
        assertViews(database, target);
      }
      List<MigrationInfo> reapplied = strata.upgrade();
      assertEquals(List.of(1, 2, 3, 4), reapplied.stream().map(MigrationInfo::version).toList());
      assertViews(database, 4);
      assertTrue(strata.upgrade().isEmpty(), "a second upgrade applies nothing");
    }
  }

  private Compilation compileVersion(int version) {
    String folder = "evolution/v" + version + "/";
    String[] sources =
        VERSION_SOURCES.get("v" + version).stream()
            .map(name -> folder + name + ".java")
            .toArray(String[]::new);
    return new StrataCompiler(snapshots).compileResources(sources);
  }

  private long snapshotCount() throws IOException {
    try (var files = Files.list(snapshots)) {
      return files.count();
    }
  }

  private void writeClassOutput(Compilation compilation) throws IOException {
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
      int start = uri.indexOf(marker);
      if (start < 0) {
        continue;
      }
      Path target = classes.resolve(uri.substring(start + marker.length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
  }

  private static void createTables(JdbcDataSource database) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE users (id INT PRIMARY KEY, email VARCHAR(100), name VARCHAR(100),"
              + " active BOOLEAN)");
      statement.execute(
          "CREATE TABLE orders (id INT PRIMARY KEY, user_id INT, total DECIMAL(10, 2))");
      statement.execute(
          "INSERT INTO users VALUES (1, 'ada@example.com', 'Ada', TRUE),"
              + " (2, 'bob@example.com', 'Bob', FALSE), (3, 'cy@example.com', 'Cy', TRUE)");
      statement.execute("INSERT INTO orders VALUES (1, 1, 10.00), (2, 1, 95.00), (3, 3, 20.00)");
    }
  }

  private static void assertViews(JdbcDataSource database, int version) throws SQLException {
    Map<String, List<String>> actual = new TreeMap<>();
    try (Connection connection = database.getConnection()) {
      for (String view : viewNames(connection)) {
        actual.put(view, contents(connection, view));
      }
    }
    assertEquals(new TreeMap<>(EXPECTED.get(version)), actual, "views at version " + version);
  }

  private static List<String> viewNames(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet views =
        connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"VIEW"})) {
      while (views.next()) {
        names.add(views.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  private static List<String> contents(Connection connection, String view) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT * FROM " + view + " ORDER BY 1")) {
      int columns = rows.getMetaData().getColumnCount();
      List<String> header = new ArrayList<>();
      for (int i = 1; i <= columns; i++) {
        header.add(rows.getMetaData().getColumnLabel(i).toLowerCase(java.util.Locale.ROOT));
      }
      lines.add(String.join(",", header));
      while (rows.next()) {
        List<String> values = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          values.add(rows.getString(i));
        }
        lines.add(String.join(",", values));
      }
    }
    return lines;
  }
}
