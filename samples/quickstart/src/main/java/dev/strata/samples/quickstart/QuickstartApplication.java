package dev.strata.samples.quickstart;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import java.io.PrintStream;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A small shop on an H2 file database: at startup it creates its tables, lets Strata bring the
 * views up to date, and prints what the views return.
 *
 * <p>Run it with {@code mvn -pl samples/quickstart -am -DskipTests package exec:java}; pass a JDBC
 * URL as the first argument to use another database.
 */
public final class QuickstartApplication {

  static final String DEFAULT_URL = "jdbc:h2:file:./quickstart-db/shop";

  private QuickstartApplication() {}

  public static void main(String[] args) throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(args.length > 0 ? args[0] : DEFAULT_URL);
    run(dataSource, System.out);
  }

  static void run(DataSource dataSource, PrintStream out) throws SQLException {
    ShopTables.createIfAbsent(dataSource);
    Strata strata = Strata.configure(dataSource).load();
    List<MigrationInfo> applied = strata.upgrade();
    if (applied.isEmpty()) {
      out.println("Views are up to date; nothing to apply.");
    }
    for (MigrationInfo migration : applied) {
      out.printf("Applied V%04d %s%n", migration.version(), migration.description());
    }
    out.println();
    out.println(strata.status());
    new ViewPrinter(out).printAll(dataSource);
  }
}
