package dev.strata.runtime.testing;

import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import java.util.List;

/**
 * Orders that reference customers by a foreign key, and an index on the key's column: the
 * migrations of the scenarios where an index serves a foreign key, which databases treat each their
 * own way (MySQL and MariaDB need one, H2 takes one for the key's own).
 */
public final class KeyedOrders {

  public static final Index BY_CUSTOMER = Index.on("orders_customer_idx", List.of("customer_id"));

  private static final Table CUSTOMERS =
      new Table("customers", List.of(Column.of("id", "BIGINT").notNull()), List.of("id"));
  private static final Table ORDERS =
      new Table(
          "orders",
          List.of(Column.of("id", "BIGINT").notNull(), Column.of("customer_id", "BIGINT")),
          List.of("id"));
  private static final ForeignKey CUSTOMER =
      new ForeignKey("orders_customer_fk", List.of("customer_id"), "customers", List.of("id"));

  private KeyedOrders() {}

  /**
   * Version 1: both tables and the key; with {@code indexed}, the index first, then the key, the
   * order of Hibernate's schema and of Strata's migrations of it.
   */
  public static FakeMigration tables(boolean indexed) {
    return FakeMigration.of(
        1,
        "Create customers and orders",
        ops -> {
          ops.createTable(CUSTOMERS);
          ops.createTable(ORDERS);
          if (indexed) {
            ops.createIndex("orders", BY_CUSTOMER);
          }
          ops.addForeignKey("orders", CUSTOMER);
        },
        ops -> {
          ops.dropForeignKey("orders", CUSTOMER.name());
          if (indexed) {
            ops.dropIndex("orders", BY_CUSTOMER.name());
          }
          ops.dropTable("orders");
          ops.dropTable("customers");
        });
  }

  /** A version that indexes orders by customer. */
  public static FakeMigration createIndex(int version) {
    return FakeMigration.of(
        version,
        "Index orders by customer",
        ops -> ops.createIndex("orders", BY_CUSTOMER),
        ops -> ops.dropIndex("orders", BY_CUSTOMER.name()));
  }

  /** A version that drops the index of orders by customer. */
  public static FakeMigration dropIndex(int version) {
    return FakeMigration.of(
        version,
        "Drop the index of orders by customer",
        ops -> ops.dropIndex("orders", BY_CUSTOMER.name()),
        ops -> ops.createIndex("orders", BY_CUSTOMER));
  }
}
