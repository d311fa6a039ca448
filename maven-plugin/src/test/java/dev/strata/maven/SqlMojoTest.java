package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Column;
import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import dev.strata.runtime.Table;
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

  /**
   * The downgrade's SQL comes after the data it drops and whether {@code strata:downgrade} would
   * run it, as {@code strata downgrade --dry-run} prints them: it showed the SQL alone, and {@code
   * strata.allowDataLoss} changed nothing.
   */
  @Test
  void theDowngradesSqlWarnsOfTheDataItDropsAndWhetherTheDowngradeWouldRun() throws Exception {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:sql_mojo_drops;DB_CLOSE_DELAY=-1");
    Strata strata = Strata.configure(dataSource).sources(List.of(new Notes())).load();
    strata.upgrade();
    SqlMojo refusing = new SqlMojo();
    RecordedLog refusingLog = new RecordedLog();
    refusing.setLog(refusingLog);
    set(refusing, "downgradeTo", "0");
    SqlMojo allowed = new SqlMojo();
    RecordedLog allowedLog = new RecordedLog();
    allowed.setLog(allowedLog);
    set(allowed, "downgradeTo", "0");
    set(allowed, "allowDataLoss", "true");

    refusing.checkParameters();
    refusing.run(strata);
    allowed.checkParameters();
    allowed.run(strata);

    List<String> drops =
        List.of(
            "This downgrade drops data for good:",
            "  V0001 \"Create table notes\" of set main drops table notes and its rows");
    assertEquals(drops, allowedLog.warnLines());
    assertEquals(
        List.of(
            drops.get(0),
            drops.get(1),
            "Without -Dstrata.allowDataLoss=true, strata:downgrade -Dstrata.to=0 reverts nothing:"
                + " it drops the data listed above. Back it up if it matters, then run it with"
                + " -Dstrata.allowDataLoss=true"),
        refusingLog.warnLines());
    assertTrue(String.join("\n", refusingLog.infoLines()).contains("DROP TABLE"));
    assertEquals(
        List.of("1"), strata.status().migrations().stream().map(m -> "" + m.version()).toList());
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

  /** Version 1 creates table notes, whose downgrade drops it with its rows. */
  private static final class Notes implements MigrationSource {

    @Override
    public String set() {
      return "main";
    }

    @Override
    public List<MigrationDescriptor> migrations() {
      return List.of(new MigrationDescriptor(1, "Create table notes", "n1"));
    }

    @Override
    public Migration load(int version) {
      return new Migration() {
        @Override
        public int version() {
          return 1;
        }

        @Override
        public String description() {
          return "Create table notes";
        }

        @Override
        public String checksum() {
          return "n1";
        }

        @Override
        public void upgrade(Operations ops) {
          ops.createTable(new Table("notes", List.of(Column.of("id", "INTEGER")), List.of("id")));
        }

        @Override
        public void downgrade(Operations ops) {
          ops.dropTable("notes");
        }
      };
    }
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
