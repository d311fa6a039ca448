package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How table changes are ordered among themselves and around the views that read them. */
class TablePlanningTest {

  private static final ColumnDefinition ID = column("id", "BIGINT", false);
  private static final ColumnDefinition NAME = column("name", "VARCHAR(255)", true);
  private static final ColumnDefinition EMAIL = column("email", "VARCHAR(255)", true);
  private static final ColumnDefinition CUSTOMER_ID = column("customer_id", "BIGINT", true);
  private static final ForeignKeyDefinition ORDERS_CUSTOMER =
      new ForeignKeyDefinition(
          "orders_customer_id_fkey", List.of("customer_id"), "customers", List.of("id"));

  @Test
  void newTablesAreCreatedBeforeTheirForeignKeysAndIndexesAndDroppedAfterThem() {
    Schema after =
        new Schema(
            List.of(),
            List.of(
                table("orders", List.of(ID, CUSTOMER_ID), List.of(), List.of(ORDERS_CUSTOMER)),
                table(
                    "customers",
                    List.of(ID, NAME),
                    List.of(new IndexDefinition("customers_name_idx", List.of("name"), false)),
                    List.of())));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals(
        List.of(
            "createTable customers",
            "createTable orders",
            "createIndex customers",
            "addForeignKey orders"),
        calls(plan.upgrade()));
    assertEquals(
        List.of("dropForeignKey orders", "dropTable customers", "dropTable orders"),
        calls(plan.downgrade()));
    assertEquals("Create table customers and table orders", plan.description());
  }

  @Test
  void aForeignKeyIsDroppedAndAddedAgainAroundATypeChangeOfTheColumnsItJoins() {
    ColumnDefinition intId = column("id", "INTEGER", false);
    ColumnDefinition intCustomerId = column("customer_id", "INTEGER", true);
    Schema before =
        new Schema(
            List.of(),
            List.of(
                table("customers", List.of(intId)),
                table(
                    "orders", List.of(intId, intCustomerId), List.of(), List.of(ORDERS_CUSTOMER))));
    Schema after =
        new Schema(
            List.of(),
            List.of(
                table("customers", List.of(ID)),
                table("orders", List.of(ID, CUSTOMER_ID), List.of(), List.of(ORDERS_CUSTOMER))));

    MigrationPlan plan = plan(2, before, after);

    List<String> aroundTheKey =
        List.of(
            "dropForeignKey orders",
            "alterColumn customers",
            "alterColumn orders",
            "alterColumn orders",
            "addForeignKey orders");
    assertEquals(aroundTheKey, calls(plan.upgrade()));
    assertEquals(aroundTheKey, calls(plan.downgrade()));
  }

  @Test
  void addingAColumnLeavesTheViewsThatReadTheTableAlone() {
    ViewDefinition names = view("names", "SELECT name FROM customers");
    Schema before = new Schema(List.of(names), List.of(table("customers", List.of(ID, NAME))));
    Schema after =
        new Schema(List.of(names), List.of(table("customers", List.of(ID, NAME, EMAIL))));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(List.of("addColumn customers"), calls(plan.upgrade()));
    assertEquals(
        List.of("dropView names", "dropColumn customers", "createView names"),
        calls(plan.downgrade()));
    assertEquals("Alter table customers", plan.description());
  }

  @Test
  void changingAColumnDropsTheViewsThatReadTheTableAndCreatesThemAgainAfter() {
    ViewDefinition names = view("names", "SELECT name FROM customers");
    ViewDefinition shortNames = view("short_names", "SELECT name FROM names");
    Schema before =
        new Schema(List.of(names, shortNames), List.of(table("customers", List.of(ID, NAME))));
    Schema after =
        new Schema(
            List.of(names, shortNames),
            List.of(table("customers", List.of(ID, column("name", "VARCHAR(100)", true)))));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of(
            "dropView short_names",
            "dropView names",
            "alterColumn customers",
            "createView names",
            "createView short_names"),
        calls(plan.upgrade()));
  }

  @Test
  void declaredRenamesOfTablesAndColumnsRenameBothWays() {
    Schema before = new Schema(List.of(), List.of(table("clients", List.of(ID, NAME))));
    TableDefinition renamed =
        TableDefinition.builder("customers", "com.example.Customer")
            .columns(
                List.of(
                    ID,
                    new ColumnDefinition(
                        "full_name", "VARCHAR(255)", true, false, Optional.of("name"))))
            .primaryKey(List.of("id"))
            .renamedFrom(Optional.of("clients"))
            .build();
    Schema after = new Schema(List.of(), List.of(renamed));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of("renameTable clients customers", "renameColumn customers name full_name"),
        calls(plan.upgrade()));
    assertEquals(
        List.of("renameTable customers clients", "renameColumn clients full_name name"),
        calls(plan.downgrade()));
    assertEquals("Rename table clients to customers", plan.description());
  }

  @Test
  void droppingATableDropsItsForeignKeysFirst() {
    Schema before =
        new Schema(
            List.of(),
            List.of(
                table("customers", List.of(ID, NAME)),
                table("orders", List.of(ID, CUSTOMER_ID), List.of(), List.of(ORDERS_CUSTOMER))));
    Schema after = new Schema(List.of(), List.of(table("customers", List.of(ID, NAME))));

    MigrationPlan plan = plan(3, before, after);

    assertEquals(List.of("dropForeignKey orders", "dropTable orders"), calls(plan.upgrade()));
    assertEquals(List.of("createTable orders", "addForeignKey orders"), calls(plan.downgrade()));
  }

  @Test
  void aGeneratorTableGetsItsRowsAfterItIsCreatedAndLosesOnlyTheRowsThatGo() {
    GeneratorRow tickets = new GeneratorRow("gen_name", "Ticket", "gen_val", 0);
    GeneratorRow vouchers = new GeneratorRow("gen_name", "voucher", "gen_val", 100);
    TableDefinition generator =
        TableDefinition.builder("id_gen", "com.example.Ticket")
            .columns(
                List.of(
                    column("gen_name", "VARCHAR(255)", false), column("gen_val", "BIGINT", true)))
            .primaryKey(List.of("gen_name"))
            .generatorRows(List.of(tickets))
            .build();
    Schema first = new Schema(List.of(), List.of(generator));
    Schema second =
        new Schema(List.of(), List.of(generator.withGeneratorRows(List.of(tickets, vouchers))));

    MigrationPlan created = plan(1, Schema.EMPTY, first);
    MigrationPlan added = plan(2, first, second);

    assertEquals(List.of("createTable id_gen", "execute id_gen"), calls(created.upgrade()));
    assertEquals(
        List.of(new TableOperation.Execute("id_gen", tickets.insert("id_gen"))),
        created.upgrade().subList(1, 2));
    assertEquals(
        List.of(new TableOperation.Execute("id_gen", vouchers.insert("id_gen"))), added.upgrade());
    assertEquals(
        List.of(
            new TableOperation.Execute("id_gen", "DELETE FROM id_gen WHERE gen_name = 'voucher'")),
        added.downgrade());
  }

  private static MigrationPlan plan(int version, Schema before, Schema after) {
    return new MigrationPlanner()
        .plan(version, before, after, new SchemaDiffer().diff(before, after));
  }

  private static List<String> calls(List<Operation> operations) {
    return Calls.of(operations);
  }

  private static TableDefinition table(String name, List<ColumnDefinition> columns) {
    return table(name, columns, List.of(), List.of());
  }

  private static TableDefinition table(
      String name,
      List<ColumnDefinition> columns,
      List<IndexDefinition> indexes,
      List<ForeignKeyDefinition> keys) {
    return TableDefinition.builder(name, "com.example." + name)
        .columns(columns)
        .primaryKey(List.of("id"))
        .indexes(indexes)
        .foreignKeys(keys)
        .build();
  }

  private static ColumnDefinition column(String name, String type, boolean nullable) {
    return new ColumnDefinition(name, type, nullable);
  }

  private static ViewDefinition view(String name, String sql) {
    return new ViewDefinitions().define(name, sql, "com.example." + name);
  }
}
