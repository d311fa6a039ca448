package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strata:sql} with {@code outputFile} writes a script that the database runs as it is: the
 * log shows the SQL only with Maven's prefixes, and nothing of it under {@code mvn -q}.
 */
class SqlMojoTest {

  private static final String ITEMS = "CREATE TABLE items (id INT PRIMARY KEY, price INT)";

  @TempDir Path folder;

  @Test
  void outputFileHoldsAScriptTheDatabaseRunsAsWritten() throws Exception {
    File script = folder.resolve("sql/upgrade.sql").toFile();
    SqlMojo mojo = new SqlMojo();
    set(mojo, "outputFile", script);

    mojo.run(strata("jdbc:h2:mem:sql_mojo_rendered;DB_CLOSE_DELAY=-1"));

    try (Connection connection = DriverManager.getConnection("jdbc:h2:mem:sql_mojo_run");
        Statement statement = connection.createStatement()) {
      statement.execute(ITEMS);
      statement.execute("INSERT INTO items VALUES (1, 5), (2, 20)");
      statement.execute("RUNSCRIPT FROM '" + script.getAbsolutePath() + "'");
      assertEquals(List.of("2"), column(statement, "SELECT id FROM expensive_items"));
      assertEquals(List.of("2"), column(statement, "SELECT id FROM expensive_ids"));
    }
  }

  /**
   * {@code to} and {@code downgradeTo} with different versions ask for two different scripts: the
   * goal refuses the pair before it connects, as the command line refuses {@code --to} with {@code
   * --downgrade-to}; it printed the downgrade and ignored {@code to}.
   */
  @Test
  void anUpgradeTargetWithADowngradeTargetIsRefusedNamingBoth() throws Exception {
    SqlMojo mojo = new SqlMojo();
    set(mojo, "to", "2");
    set(mojo, "downgradeTo", "1");

    MojoFailureException refused = assertThrows(MojoFailureException.class, mojo::checkParameters);

    assertEquals(
        "strata.to is 2 and strata.downgradeTo is 1, which ask for two scripts: give"
            + " -Dstrata.to=N for the SQL of the upgrade up to N, or -Dstrata.downgradeTo=N for"
            + " that of the downgrade to N",
        refused.getMessage());
  }

  /**
   * {@code strata.to} is also the version {@code strata:downgrade} keeps: a build that runs {@code
   * strata:sql strata:downgrade} with both properties at the same version renders the downgrade it
   * runs.
   */
  @Test
  void theSameVersionInBothRendersTheDowngrade() throws Exception {
    Strata strata = strata("jdbc:h2:mem:sql_mojo_both;DB_CLOSE_DELAY=-1");
    strata.upgrade();
    SqlMojo mojo = new SqlMojo();
    RecordedLog log = new RecordedLog();
    mojo.setLog(log);
    set(mojo, "to", "0");
    set(mojo, "downgradeTo", "0");

    mojo.checkParameters();
    mojo.run(strata);

    String script = String.join("\n", log.infoLines());
    assertTrue(script.contains("DROP VIEW expensive_ids"), script);
    assertFalse(script.contains("CREATE"), script);
  }

  private static Strata strata(String url) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(ITEMS);
    }
    return Strata.configure(dataSource).sources(List.of(new Items())).load();
  }

  private static List<String> column(Statement statement, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static void set(Object mojo, String name, Object value) throws Exception {
    Field field = mojo.getClass().getDeclaredField(name);
    field.setAccessible(true);
    field.set(mojo, value);
  }

  /** Two views, one reading the other, in two versions. */
  private static final class Items implements MigrationSource {

    @Override
    public String set() {
      return "main";
    }

    @Override
    public List<MigrationDescriptor> migrations() {
      return List.of(
          new MigrationDescriptor(1, "Create expensive_items", "c1"),
          new MigrationDescriptor(2, "Create expensive_ids", "c2"));
    }

    @Override
    public Migration load(int version) {
      return version == 1
          ? new View(1, "expensive_items", "SELECT id, price FROM items WHERE price > 10")
          : new View(2, "expensive_ids", "SELECT id FROM expensive_items");
    }
  }

  private record View(int version, String name, String sql) implements Migration {

    @Override
    public String description() {
      return "Create " + name;
    }

    @Override
    public String checksum() {
      return "c" + version;
    }

    @Override
    public void upgrade(Operations ops) {
      ops.createView(name, sql);
    }

    @Override
    public void downgrade(Operations ops) {
      ops.dropView(name);
    }
  }
}
