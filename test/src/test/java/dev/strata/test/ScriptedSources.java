package dev.strata.test;

import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import java.util.List;
import java.util.Optional;

/** The migration sets of the kit's tests, one class per set for the service loader. */
final class ScriptedSources {

  static final String FULL_VIEW = "SELECT id, name, email FROM customers";

  private ScriptedSources() {}

  /** Migrations that realise the snapshots in {@code snapshots/shop}. */
  public static final class Shop extends ScriptedSource {
    public Shop() {
      super(
          "shop",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCity(FULL_VIEW, true),
              ShopSteps.dropNames()));
    }
  }

  /** Migrations that realise the snapshots in {@code snapshots/orders}. */
  public static final class Orders extends ScriptedSource {
    public Orders() {
      super("orders", List.of(OrderSteps.createTables(), OrderSteps.indexQuantity(true)));
    }
  }

  /** Version 1 indexes customers.email without making it unique. */
  public static final class OrdersEmailNotUnique extends ScriptedSource {
    public OrdersEmailNotUnique() {
      super(
          "orders-email-not-unique",
          List.of(
              OrderSteps.createTables(
                  Index.on("customers_email_key", List.of("email")),
                  Optional.of(OrderSteps.CUSTOMER),
                  true,
                  List.of("id")),
              OrderSteps.indexQuantity(true)));
    }
  }

  /** Version 1 forgets the foreign key from orders to customers. */
  public static final class OrdersWithoutForeignKey extends ScriptedSource {
    public OrdersWithoutForeignKey() {
      super(
          "orders-without-foreign-key",
          List.of(
              OrderSteps.createTables(OrderSteps.EMAIL_KEY, Optional.empty(), true, List.of("id")),
              OrderSteps.indexQuantity(true)));
    }
  }

  /** Version 1 forgets the check constraint on orders.quantity. */
  public static final class OrdersWithoutCheck extends ScriptedSource {
    public OrdersWithoutCheck() {
      super(
          "orders-without-check",
          List.of(
              OrderSteps.createTables(
                  OrderSteps.EMAIL_KEY, Optional.of(OrderSteps.CUSTOMER), false, List.of("id")),
              OrderSteps.indexQuantity(true)));
    }
  }

  /** Version 1 keys orders by id and customer_id, its snapshot by id alone. */
  public static final class OrdersWithWiderKey extends ScriptedSource {
    public OrdersWithWiderKey() {
      super(
          "orders-with-wider-key",
          List.of(
              OrderSteps.createTables(
                  OrderSteps.EMAIL_KEY,
                  Optional.of(OrderSteps.CUSTOMER),
                  true,
                  List.of("id", "customer_id")),
              OrderSteps.indexQuantity(true)));
    }
  }

  /** Version 2 indexes orders.quantity in descending order, which its snapshot does not say. */
  public static final class OrdersQuantityDescending extends ScriptedSource {
    public OrdersQuantityDescending() {
      super(
          "orders-quantity-descending",
          List.of(
              OrderSteps.createTables(),
              OrderSteps.indexQuantity(
                  OrderSteps.QUANTITY_INDEX.withDescending(List.of("quantity")), true)));
    }
  }

  /** Version 2 comments the orders table and their quantity, which its snapshot does not say. */
  public static final class OrdersCommented extends ScriptedSource {
    public OrdersCommented() {
      super(
          "orders-commented",
          List.of(
              OrderSteps.createTables(),
              new ScriptedSource.Step(
                  "Index and comment orders",
                  ops -> {
                    ops.createIndex("orders", OrderSteps.QUANTITY_INDEX);
                    ops.commentOnTable("orders", Optional.of("one row per order"));
                    ops.commentOnColumn(
                        "orders",
                        Column.of("quantity", "BIGINT").notNull().withComment("how many"));
                  },
                  ops -> ops.dropIndex("orders", OrderSteps.QUANTITY_INDEX.name()))));
    }
  }

  /** Version 1 deletes the orders with their customer, which its snapshot does not say. */
  public static final class OrdersDeletedWithTheirCustomer extends ScriptedSource {
    public OrdersDeletedWithTheirCustomer() {
      super(
          "orders-deleted-with-their-customer",
          List.of(
              OrderSteps.createTables(
                  OrderSteps.EMAIL_KEY,
                  Optional.of(
                      new ForeignKey(
                          OrderSteps.CUSTOMER.name(),
                          OrderSteps.CUSTOMER.columns(),
                          OrderSteps.CUSTOMER.referencedTable(),
                          OrderSteps.CUSTOMER.referencedColumns(),
                          ForeignKey.OnDelete.CASCADE)),
                  true,
                  List.of("id")),
              OrderSteps.indexQuantity(true)));
    }
  }

  /** The downgrade of version 1 leaves the sequence of the orders' keys behind. */
  public static final class OrdersSequenceLeftBehind extends ScriptedSource {
    public OrdersSequenceLeftBehind() {
      super(
          "orders-sequence-left-behind",
          List.of(OrderSteps.createTablesLeavingTheSequence(), OrderSteps.indexQuantity(true)));
    }
  }

  /** The downgrade of version 2 leaves the index on orders.quantity behind. */
  public static final class OrdersIndexLeftBehind extends ScriptedSource {
    public OrdersIndexLeftBehind() {
      super(
          "orders-index-left-behind",
          List.of(OrderSteps.createTables(), OrderSteps.indexQuantity(false)));
    }
  }

  /** The shop, whose version 2 has no downgrade. */
  public static final class IrreversibleCity extends ScriptedSource {
    public IrreversibleCity() {
      super(
          "irreversible-city",
          List.of(
              ShopSteps.createCustomers(),
              new Step("Add city for good", ShopSteps.addCity(FULL_VIEW, true).upgrade(), null),
              ShopSteps.dropNames()));
    }
  }

  /** Version 2 forgets the view's email column that its snapshot has. */
  public static final class MissingViewColumn extends ScriptedSource {
    public MissingViewColumn() {
      super(
          "missing-view-column",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCity("SELECT id, name FROM customers", true),
              ShopSteps.dropNames()));
    }
  }

  /** Version 1 creates name as VARCHAR(50), its snapshot says VARCHAR(100). */
  public static final class WrongColumnType extends ScriptedSource {
    public WrongColumnType() {
      super(
          "wrong-column-type",
          List.of(
              ShopSteps.createCustomers(Column.of("name", "VARCHAR(50)").notNull()),
              ShopSteps.addCity(FULL_VIEW, true),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 leaves customer_names behind. */
  public static final class LeakyDowngrade extends ScriptedSource {
    public LeakyDowngrade() {
      super(
          "leaky-downgrade",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCity(FULL_VIEW, false),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 leaves a view that raw SQL made, which no snapshot knows. */
  public static final class ReportLeftBehind extends ScriptedSource {
    public ReportLeftBehind() {
      super(
          "report-left-behind",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCityAndReportLeftBehind(),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 leaves a row behind, on which version 2 fails again. */
  public static final class RowLeftBehind extends ScriptedSource {
    public RowLeftBehind() {
      super(
          "row-left-behind",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCityAndRowLeftBehind(),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 leaves an index behind, which version 2 creates if not there. */
  public static final class IndexLeftBehindQuietly extends ScriptedSource {
    public IndexLeftBehindQuietly() {
      super(
          "index-left-behind-quietly",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCityAndIndexLeftBehindQuietly(),
              ShopSteps.dropNames()));
    }
  }

  /**
   * The downgrade of version 2 forgets a sequence that its upgrade creates only if it is absent.
   */
  public static final class SequenceLeftBehindQuietly extends ScriptedSource {
    public SequenceLeftBehindQuietly() {
      super(
          "sequence-left-behind-quietly",
          List.of(ShopSteps.createCustomers(), QuietSteps.sequence(), ShopSteps.dropNames()));
    }
  }

  /**
   * The downgrade of version 2 forgets a function that its upgrade creates only if it is absent.
   */
  public static final class FunctionLeftBehindQuietly extends ScriptedSource {
    public FunctionLeftBehindQuietly() {
      super(
          "function-left-behind-quietly",
          List.of(ShopSteps.createCustomers(), QuietSteps.function(), ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 forgets a trigger that its upgrade creates only if it is absent. */
  public static final class TriggerLeftBehindQuietly extends ScriptedSource {
    public TriggerLeftBehindQuietly() {
      super(
          "trigger-left-behind-quietly",
          List.of(ShopSteps.createCustomers(), QuietSteps.trigger(), ShopSteps.dropNames()));
    }
  }

  /**
   * The downgrade of version 2 forgets a check constraint that its upgrade creates only if it is
   * absent.
   */
  public static final class CheckLeftBehindQuietly extends ScriptedSource {
    public CheckLeftBehindQuietly() {
      super(
          "check-left-behind-quietly",
          List.of(ShopSteps.createCustomers(), QuietSteps.check(), ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 does not give back a foreign key that version 2 dropped. */
  public static final class ForeignKeyLost extends ScriptedSource {
    public ForeignKeyLost() {
      super(
          "foreign-key-lost",
          List.of(
              ShopSteps.createCustomersAndNotes(),
              ShopSteps.addCityDroppingNotesKeyForGood(),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 does not give the notes back their primary key. */
  public static final class PrimaryKeyNotRestored extends ScriptedSource {
    public PrimaryKeyNotRestored() {
      super(
          "primary-key-not-restored",
          List.of(
              ShopSteps.createCustomersAndNotes(),
              ShopSteps.addCityWideningNotesKey(),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 gives active_customers back with id of another type. */
  public static final class ViewTypeNotRestored extends ScriptedSource {
    public ViewTypeNotRestored() {
      super(
          "view-type-not-restored",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCityRetypingActive(),
              ShopSteps.dropNames()));
    }
  }

  /** The downgrade of version 2 gives active_customers back with another query. */
  public static final class ViewQueryNotRestored extends ScriptedSource {
    public ViewQueryNotRestored() {
      super(
          "view-query-not-restored",
          List.of(
              ShopSteps.createCustomers(),
              ShopSteps.addCityNarrowingActive(),
              ShopSteps.dropNames()));
    }
  }

  /** Version 2 builds the right schema but loses the rows of version 1. */
  public static final class LossyUpgrade extends ScriptedSource {
    public LossyUpgrade() {
      super(
          "lossy-upgrade",
          List.of(
              ShopSteps.createCustomers(), ShopSteps.recreateCustomers(), ShopSteps.dropNames()));
    }
  }

  /** Version 1 lets name be NULL, its snapshot says NOT NULL. */
  public static final class NullableName extends ScriptedSource {
    public NullableName() {
      super(
          "nullable-name",
          List.of(
              ShopSteps.createCustomers(Column.of("name", "VARCHAR(100)")),
              ShopSteps.addCity(FULL_VIEW, true),
              ShopSteps.dropNames()));
    }
  }

  /**
   * Realises {@code snapshots/accounts}: the column types that a JPA entity's ordinal and string
   * enums, Instant, char, byte[] and @Lob fields get, which each database renders its own way.
   */
  public static class Accounts extends ScriptedSource {
    public Accounts() {
      this("accounts", "ENUM('BUSINESS','PERSONAL')");
    }

    Accounts(String set, String labelType) {
      super(set, List.of(AccountSteps.createAccounts(labelType)));
    }
  }

  /** Version 1 gives label an enum value its snapshot lacks. */
  public static final class AccountsWithOtherLabels extends Accounts {
    public AccountsWithOtherLabels() {
      super("accounts-with-other-labels", "ENUM('BUSINESS','PERSONAL','SHARED')");
    }
  }

  /** Migrations that realise the snapshots in {@code snapshots/totals}. */
  public static class Totals extends ScriptedSource {
    public Totals() {
      this("totals", TotalsSteps.createTotals());
    }

    Totals(String set, Step first) {
      this(set, first, TotalsSteps.dropTotals());
    }

    Totals(String set, Step first, Step third) {
      super(set, List.of(first, TotalsSteps.indexTotals(), third));
    }
  }

  /** Version 1 creates customer_totals without the unique index its snapshot has. */
  public static final class TotalsWithoutIndex extends Totals {
    public TotalsWithoutIndex() {
      super(
          "totals-without-index",
          TotalsSteps.createTotals(ops -> TotalsSteps.createTotals(ops, List.of())));
    }
  }

  /** Version 1 creates customer_totals as a plain view, its snapshot says materialized. */
  public static final class TotalsAsPlainView extends Totals {
    public TotalsAsPlainView() {
      super(
          "totals-as-plain-view",
          TotalsSteps.createTotals(
              ops -> ops.createView(TotalsSteps.TOTALS, TotalsSteps.TOTALS_VIEW)));
    }
  }

  /** Version 1 creates customer_totals without its data, its snapshot says with. */
  public static final class TotalsUnpopulated extends Totals {
    public TotalsUnpopulated() {
      super(
          "totals-unpopulated",
          TotalsSteps.createTotals(
              ops ->
                  ops.createMaterializedView(
                      TotalsSteps.TOTALS,
                      TotalsSteps.TOTALS_VIEW,
                      false,
                      List.of(TotalsSteps.CUSTOMER_KEY))));
    }
  }

  /** Version 1 forgets customer_totals. */
  public static final class TotalsMissing extends Totals {
    public TotalsMissing() {
      super("totals-missing", TotalsSteps.createTotals(ops -> {}));
    }
  }

  /** Version 3 drops big_customers but leaves customer_totals, which its snapshot has not. */
  public static final class TotalsLeftBehind extends Totals {
    public TotalsLeftBehind() {
      super(
          "totals-left-behind",
          TotalsSteps.createTotals(),
          new Step(
              "Drop big_customers only",
              ops -> ops.dropView("big_customers"),
              ops -> ops.createView("big_customers", TotalsSteps.BIG_VIEW)));
    }
  }

  /**
   * Realises {@code snapshots/counts}: a materialized view whose count column each database names
   * after itself, from its own dialect's query.
   */
  public static final class Counts extends ScriptedSource {
    public Counts() {
      super("counts", List.of(countsStep()));
    }

    private static Step countsStep() {
      String query = "SELECT customer_id, COUNT(*) AS %s FROM orders GROUP BY customer_id";
      ViewQuery counts =
          ViewQuery.of(String.format(query, "n"))
              .on("h2", String.format(query, "n_h2"))
              .on("postgresql", String.format(query, "n_postgresql"))
              .on("mysql", String.format(query, "n_mysql"));
      Table orders =
          new Table(
              "orders",
              List.of(
                  Column.of("id", "BIGINT").notNull(),
                  Column.of("customer_id", "BIGINT").notNull()),
              List.of("id"));
      return new Step(
          "Create orders and customer_counts",
          ops -> {
            ops.createTable(orders);
            ops.execute("INSERT INTO orders VALUES (1, 7), (2, 7), (3, 8)");
            ops.createMaterializedView(
                "customer_counts",
                counts,
                true,
                List.of(Index.uniqueOn("customer_counts_customer_id_key", List.of("customer_id"))));
          },
          ops -> {
            ops.dropMaterializedView("customer_counts");
            ops.dropTable("orders");
          });
    }
  }

  /** Realises {@code snapshots/types}: a column of each portable type, a default, an identity. */
  public static final class Types extends ScriptedSource {
    public Types() {
      super(
          "types",
          List.of(
              TypeSteps.createItems(TypeSteps.IDENTITY, TypeSteps.STATUS),
              TypeSteps.openNewItems()));
    }
  }

  /**
   * Realises {@code snapshots/finetimes}: more digits of a second than PostgreSQL keeps, as a
   * module that runs on PostgreSQL alone declares them.
   */
  public static final class FineTimes extends ScriptedSource {
    public FineTimes() {
      super("finetimes", List.of(TypeSteps.createTicks()));
    }
  }

  /** Version 1 forgets the default of items.status. */
  public static final class TypesWithoutDefault extends ScriptedSource {
    public TypesWithoutDefault() {
      super(
          "types-without-default",
          List.of(
              TypeSteps.createItems(
                  TypeSteps.IDENTITY, Column.of("status", "VARCHAR(20)").notNull()),
              TypeSteps.openNewItems()));
    }
  }

  /** The downgrade of version 2 leaves status with its default 'OPEN'. */
  public static final class TypesDefaultNotRestored extends ScriptedSource {
    public TypesDefaultNotRestored() {
      super(
          "types-default-not-restored",
          List.of(
              TypeSteps.createItems(TypeSteps.IDENTITY, TypeSteps.STATUS),
              TypeSteps.openNewItems(ops -> {})));
    }
  }

  /** Version 1 leaves items.id for the application to fill, its snapshot says identity. */
  public static final class TypesWithoutIdentity extends ScriptedSource {
    public TypesWithoutIdentity() {
      super(
          "types-without-identity",
          List.of(
              TypeSteps.createItems(Column.of("id", "BIGINT").notNull(), TypeSteps.STATUS),
              TypeSteps.openNewItems()));
    }
  }
}
