package dev.strata.samples.hibernate;

import dev.strata.samples.hibernate.model.Customer;
import dev.strata.samples.hibernate.model.Product;
import dev.strata.samples.hibernate.model.PurchaseOrder;
import java.math.BigDecimal;
import org.hibernate.Session;

/** The sample's data, stored through JPA the first time the shop starts. */
final class ShopData {

  private ShopData() {}

  static void fillIfEmpty(Session session) {
    Long customers =
        session.createSelectionQuery("select count(*) from Customer", Long.class).getSingleResult();
    if (customers > 0) {
      return;
    }
    Customer ada = new Customer("Ada", "ada@example.com", "London");
    Customer grace = new Customer("Grace", "grace@example.com", "Arlington");
    Customer linus = new Customer("Linus", "linus@example.com", null);
    Product keyboard = new Product("Keyboard");
    Product monitor = new Product("Monitor");
    Product cable = new Product("Cable");
    for (Object entity : new Object[] {ada, grace, linus, keyboard, monitor, cable}) {
      session.persist(entity);
    }
    session.persist(new PurchaseOrder(ada, keyboard, new BigDecimal("49.90")));
    session.persist(new PurchaseOrder(ada, monitor, new BigDecimal("199.00")));
    session.persist(new PurchaseOrder(grace, cable, new BigDecimal("9.99")));
    session.persist(new PurchaseOrder(grace, monitor, new BigDecimal("189.00")));
  }
}
