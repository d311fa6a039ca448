package dev.strata.samples.hibernate;

import dev.strata.samples.hibernate.model.Customer;
import dev.strata.samples.hibernate.model.Product;
import dev.strata.samples.hibernate.model.PurchaseOrder;
import dev.strata.samples.hibernate.views.CustomerSpending;
import dev.strata.samples.hibernate.views.ProductRevenue;
import dev.strata.samples.hibernate.views.TopCustomer;
import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;

/**
 * Starts Hibernate on a database that Strata has already migrated. {@code hbm2ddl.auto=validate}:
 * Hibernate creates nothing, it only checks that every table and view it maps is there as mapped,
 * so a start fails at once if the migrations and the entities ever disagree.
 */
final class ShopPersistence {

  static final List<Class<?>> ENTITIES =
      List.of(
          Customer.class,
          Product.class,
          PurchaseOrder.class,
          CustomerSpending.class,
          ProductRevenue.class,
          TopCustomer.class);

  private ShopPersistence() {}

  static SessionFactory start(DataSource dataSource) {
    Configuration configuration = new Configuration();
    ENTITIES.forEach(configuration::addAnnotatedClass);
    configuration.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
    configuration.setProperty(AvailableSettings.HBM2DDL_AUTO, "validate");
    configuration.setProperty(AvailableSettings.SHOW_SQL, "false");
    return configuration.buildSessionFactory();
  }
}
