package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How check constraints and column defaults are planned, in both directions. */
class CheckAndDefaultPlanningTest {

  private static final ColumnDefinition ID = new ColumnDefinition("id", "BIGINT", false);
  private static final ColumnDefinition PRICE = new ColumnDefinition("price", "INTEGER", true);
  private static final CheckDefinition PRICE_POSITIVE =
      new CheckDefinition("products_price_check", "(price>=0)");

  @Test
  void aNewTableGetsItsChecksOnceItsColumnsExist() {
    Schema after = schema(table(List.of(ID, PRICE), List.of(PRICE_POSITIVE)));

    MigrationPlan plan = plan(Schema.EMPTY, after);

    assertEquals(List.of("createTable products", "addCheck products"), Calls.of(plan.upgrade()));
    assertEquals(List.of("dropTable products"), Calls.of(plan.downgrade()));
  }

  @Test
  void aChangedCheckIsDroppedBeforeTheColumnsChangeAndAddedAfter() {
    CheckDefinition narrower = new CheckDefinition("products_price_check", "(price>=10)");
    ColumnDefinition wider = new ColumnDefinition("price", "BIGINT", true);
    Schema before = schema(table(List.of(ID, PRICE), List.of(PRICE_POSITIVE)));
    Schema after = schema(table(List.of(ID, wider), List.of(narrower)));

    MigrationPlan plan = plan(before, after);

    assertEquals(
        List.of("dropCheck products", "alterColumn products", "addCheck products"),
        Calls.of(plan.upgrade()));
    assertEquals(new TableOperation.AddCheck("products", PRICE_POSITIVE), plan.downgrade().get(2));
  }

  @Test
  void aDefaultAloneIsAColumnChange() {
    Schema before = schema(table(List.of(ID, PRICE), List.of()));
    ColumnDefinition withDefault = PRICE.withDefault(Optional.of("0"));
    Schema after = schema(table(List.of(ID, withDefault), List.of()));

    MigrationPlan plan = plan(before, after);

    assertEquals(List.of(new TableOperation.AlterColumn("products", withDefault)), plan.upgrade());
    assertEquals(
        List.of(
            new TableOperation.AlterColumn("products", PRICE),
            new TableOperation.DropDefault("products", "price")),
        plan.downgrade());
  }

  @Test
  void aNotNullColumnWithADefaultIsAddedInOneStep() {
    ColumnDefinition stock =
        new ColumnDefinition("stock", "INTEGER", false).withDefault(Optional.of("0"));
    Schema before = schema(table(List.of(ID), List.of()));
    Schema after = schema(table(List.of(ID, stock), List.of()));

    assertEquals(
        List.of(new TableOperation.AddColumn("products", stock)), plan(before, after).upgrade());
  }

  private static MigrationPlan plan(Schema before, Schema after) {
    return new MigrationPlanner().plan(2, before, after, new SchemaDiffer().diff(before, after));
  }

  private static Schema schema(TableDefinition table) {
    return new Schema(List.of(), List.of(table));
  }

  private static TableDefinition table(
      List<ColumnDefinition> columns, List<CheckDefinition> checks) {
    return TableDefinition.builder("products", "com.example.Product")
        .columns(columns)
        .primaryKey(List.of("id"))
        .checks(checks)
        .build();
  }
}
