package dev.strata.runtime.testing;

import dev.strata.runtime.Column;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link ShopTables} with rows, and two more column changes, on H2: long enough that a process
 * killed at a random moment often dies inside a table rebuild, which H2 does by copying the table.
 */
public final class ShopHistory {

  static final int CUSTOMERS = 1_000;
  static final int ORDERS = 5_000;

  private static final Column STATUS = new Column("status", "VARCHAR(10)", true, false);

  private static final FakeMigration V1 =
      new FakeMigration(
          1,
          ShopTables.V1.description(),
          "shop-with-rows-1",
          ops -> {
            ShopTables.V1.upgrade(ops);
            // explicit keys: a killed insert may have used up identity values, as on any database
            ops.execute(
                "INSERT INTO customers (id, name, email) SELECT X, 'customer ' || X, 'c' || X ||"
                    + " '@example.com' FROM SYSTEM_RANGE(1, "
                    + CUSTOMERS
                    + ")");
            ops.execute(
                "INSERT INTO orders (id, customer_id, amount, placed_at) SELECT X, MOD(X, "
                    + CUSTOMERS
                    + ") + 1, X / 100.0, TIMESTAMP '2024-01-01 00:00:00' FROM SYSTEM_RANGE(1, "
                    + ORDERS
                    + ")");
          },
          ShopTables.V1::downgrade);

  private static final FakeMigration V7 =
      FakeMigration.of(
          7,
          "Add purchases.status",
          ops -> ops.addColumn("purchases", STATUS),
          ops -> ops.dropColumn("purchases", STATUS.name()));

  private static final FakeMigration V8 =
      FakeMigration.of(
          8,
          "Drop customers.phone",
          // as the processor writes it: the view that reads customers is dropped around the change
          ops ->
              ShopTables.aroundView(
                  ops,
                  "full_name",
                  "purchases",
                  () -> ops.dropColumn("customers", ShopTables.PHONE.name())),
          ops ->
              ShopTables.aroundView(
                  ops,
                  "full_name",
                  "purchases",
                  () -> ops.addColumn("customers", ShopTables.PHONE)));

  private ShopHistory() {}

  public static FakeSource source() {
    List<FakeMigration> all = new ArrayList<>(ShopTables.all());
    all.set(0, V1);
    all.add(V7);
    all.add(V8);
    return FakeSource.of("main", all);
  }
}
