package dev.strata.samples.hibernate;

import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.samples.hibernate.views.CustomerSpending;
import dev.strata.samples.hibernate.views.ProductRevenue;
import dev.strata.samples.hibernate.views.TopCustomer;
import java.io.PrintStream;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;

/**
 * A shop on Hibernate 7 and H2 whose tables and view entities all come from Strata's generated
 * migrations: Strata migrates at startup, then Hibernate starts with {@code hbm2ddl.auto=validate},
 * stores a few orders and reads the views through JPA.
 *
 * <p>Run it with {@code mvn -pl samples/hibernate -am -DskipTests package exec:java}.
 */
public final class HibernateApplication {

  private HibernateApplication() {}

  public static void main(String[] args) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(args.length > 0 ? args[0] : "jdbc:h2:file:./hibernate-db/shop");
    run(dataSource, System.out);
  }

  private static <T> void print(
      SessionFactory sessions, PrintStream out, String title, Class<T> view) {
    List<T> rows =
        sessions.fromSession(
            session ->
                session
                    .createSelectionQuery("from " + view.getSimpleName() + " order by id", view)
                    .getResultList());
    out.println(title);
    rows.forEach(row -> out.println("  " + row));
  }

  static void run(DataSource dataSource, PrintStream out) {
    List<MigrationInfo> applied = Strata.configure(dataSource).load().upgrade();
    if (!applied.isEmpty()) {
      // Strata's log has named each migration as it applied it
      out.println("Applied " + applied.size() + " migrations.");
    }
    try (SessionFactory sessions = ShopPersistence.start(dataSource)) {
      sessions.inTransaction(ShopData::fillIfEmpty);
      List<CustomerSpending> spending =
          sessions.fromSession(
              session ->
                  session
                      .createSelectionQuery(
                          "from CustomerSpending order by total desc, name", CustomerSpending.class)
                      .getResultList());
      out.println("Customer spending (view customer_spending, read through JPA):");
      spending.forEach(row -> out.println("  " + row));
      print(sessions, out, "Product revenue (view product_revenue):", ProductRevenue.class);
      print(
          sessions,
          out,
          "Top customers (view top_customers, on customer_spending):",
          TopCustomer.class);
    }
  }
}
