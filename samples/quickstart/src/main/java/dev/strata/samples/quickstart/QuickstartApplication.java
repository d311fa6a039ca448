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
    // Strata's log has named each migration as it applied it; the status table below lists them
    out.println(
        applied.isEmpty()
            ? "Views are up to date; nothing to apply."
            : "Applied " + applied.size() + " migrations.");
    out.println();
    out.println(strata.status());
    new ViewPrinter(out).printAll(dataSource);
  }
}
