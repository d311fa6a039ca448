package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The planner's ordering, naming and checksums, without a compiler. */
class MigrationPlannerTest {

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  @Test
  void createsAViewAfterTheViewItReadsEvenWhenItsNameSortsFirst() {
    Schema after =
        schema(
            view("active_users", "SELECT id FROM users"),
            view("active_user_ids", "SELECT id FROM active_users"));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals(
        List.of("createView active_users", "createView active_user_ids"), calls(plan.upgrade()));
    assertEquals(
        List.of("dropView active_user_ids", "dropView active_users"), calls(plan.downgrade()));
  }

  @Test
  void appendingAColumnReplacesTheViewInPlace() {
    Schema before = schema(view("a", "SELECT id, email FROM users"), view("b", "SELECT id FROM a"));
    Schema after =
        schema(view("a", "SELECT id, email, name FROM users"), view("b", "SELECT id FROM a"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(List.of("replaceView a"), calls(plan.upgrade()));
  }

  @Test
  void removingAColumnDropsAndRecreatesTheViewWithEveryViewThatReadsIt() {
    Schema before =
        schema(
            view("totals", "SELECT user_id, COUNT(*) AS orders, SUM(total) AS total FROM o"),
            view("vip", "SELECT user_id FROM totals WHERE total > 100"),
            view("vip_names", "SELECT u.name FROM vip JOIN users u ON u.id = vip.user_id"),
            view("unrelated", "SELECT 1 AS one"));
    Schema after =
        schema(
            view("totals", "SELECT user_id, SUM(total) AS total FROM o"),
            view("vip", "SELECT user_id FROM totals WHERE total > 100"),
            view("vip_names", "SELECT u.name FROM vip JOIN users u ON u.id = vip.user_id"),
            view("unrelated", "SELECT 1 AS one"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of(
            "dropView vip_names",
            "dropView vip",
            "dropView totals",
            "createView totals",
            "createView vip",
            "createView vip_names"),
        calls(plan.upgrade()));
    assertEquals(plan.upgrade().size(), plan.downgrade().size());
    assertEquals(
        "totals changes its columns: dropped and created again", plan.upgrade().get(2).reason());
    assertEquals(
        "vip reads a view or table that changes: dropped and created again",
        plan.upgrade().get(1).reason());
  }

  @Test
  void aReaderOfADroppedViewIsDroppedFirstAndCreatedAgainAfter() {
    Schema before =
        schema(
            view("totals", "SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id"),
            view("big", "SELECT user_id FROM totals WHERE total > 50"));
    Schema after = schema(view("big", "SELECT user_id FROM orders WHERE total > 50"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of("dropView big", "dropView totals", "createView big"), calls(plan.upgrade()));
    assertEquals(List.of("createView totals", "replaceView big"), calls(plan.downgrade()));
  }

  @Test
  void downgradeOfAnAddedReaderAndAChangedColumnDropsTheReaderFirst() {
    Schema before =
        schema(view("totals", "SELECT c.id AS customer_id, SUM(o.amount) AS total FROM c, o"));
    Schema after =
        schema(
            view(
                "totals",
                "SELECT c.id AS customer_id, COUNT(o.id) AS n, SUM(o.amount) AS total FROM c, o"),
            view("vip", "SELECT customer_id FROM totals WHERE total > 150"));

    MigrationPlan plan = plan(3, before, after);

    assertEquals(
        List.of("dropView totals", "createView totals", "createView vip"), calls(plan.upgrade()));
    assertEquals(
        List.of("dropView vip", "dropView totals", "createView totals"), calls(plan.downgrade()));
  }

  @Test
  void aDeclaredRenameRenamesBothWays() {
    Schema before = schema(view("order_totals", "SELECT 1 AS one"));
    Schema after = schema(renamed("customer_totals", "order_totals", "SELECT 1 AS one"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(List.of("renameView order_totals customer_totals"), calls(plan.upgrade()));
    assertEquals(List.of("renameView customer_totals order_totals"), calls(plan.downgrade()));
    assertEquals("Rename order_totals to customer_totals", plan.description());
  }

  @Test
  void aRenameRecreatesTheViewsThatReadTheOldName() {
    Schema before =
        schema(
            view("order_totals", "SELECT 1 AS total"),
            view("report", "SELECT total FROM order_totals"));
    Schema after =
        schema(
            renamed("customer_totals", "order_totals", "SELECT 1 AS total"),
            view("report", "SELECT total FROM customer_totals"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of("dropView report", "renameView order_totals customer_totals", "createView report"),
        calls(plan.upgrade()));
    assertEquals(
        List.of("dropView report", "renameView customer_totals order_totals", "createView report"),
        calls(plan.downgrade()));
  }

  @Test
  void aRenameWithAnAppendedColumnRenamesThenReplaces() {
    Schema before = schema(view("old_name", "SELECT id FROM t"));
    Schema after = schema(renamed("new_name", "old_name", "SELECT id, x FROM t"));

    MigrationPlan plan = plan(2, before, after);

    assertEquals(
        List.of("renameView old_name new_name", "replaceView new_name"), calls(plan.upgrade()));
  }

  @Test
  void aViewNameInsideAStringLiteralIsNotADependency() {
    Schema after =
        schema(
            view("b_view", "SELECT 'a_view' AS label FROM users"),
            view("a_view", "SELECT id FROM users"));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals(List.of("createView a_view", "createView b_view"), calls(plan.upgrade()));
  }

  @Test
  void dependsOnOrdersWhatTheParserCannotSee() {
    Schema after =
        schema(
            DEFINITIONS.define(
                "a_report",
                "SELECT * FROM report_rows()",
                "x.A",
                List.of("z_rows"),
                Optional.empty()),
            view("z_rows", "SELECT 1 AS one"));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals(List.of("createView z_rows", "createView a_report"), calls(plan.upgrade()));
  }

  @Test
  void namesDescribeTheChanges() {
    Schema before = schema(view("a", "SELECT 1 AS x"), view("b", "SELECT 2 AS x"));
    Schema after = schema(view("a", "SELECT 10 AS x"), view("c", "SELECT 3 AS x"));

    MigrationPlan plan = plan(7, before, after);

    assertEquals("Create c, replace a, drop b", plan.description());
    assertEquals("Change 3 views", plan.summary());
  }

  @Test
  void manyChangesAreSummarisedByCount() {
    Schema after =
        schema(
            view("a", "SELECT 1"),
            view("b", "SELECT 2"),
            view("c", "SELECT 3"),
            view("d", "SELECT 4"));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals("Create 4 views", plan.description());
  }

  @Test
  void summariesCountViewsAndTablesApart() {
    TableDefinition customers =
        TableDefinition.builder("customers", "com.example.Customer")
            .columns(List.of(new ColumnDefinition("id", "BIGINT", false)))
            .primaryKey(List.of("id"))
            .build();
    Schema after =
        new Schema(
            List.of(view("a", "SELECT 1"), view("b", "SELECT 2"), view("c", "SELECT 3")),
            List.of(customers));

    MigrationPlan plan = plan(1, Schema.EMPTY, after);

    assertEquals("Create 3 views and 1 table", plan.description());
    assertEquals("Create 3 views and 1 table", plan.summary());
  }

  @Test
  void checksumIsStableAndChangesWithTheSql() {
    String first = plan(1, Schema.EMPTY, schema(view("a", "SELECT 1"))).checksum();
    String again = plan(1, Schema.EMPTY, schema(view("a", "SELECT 1"))).checksum();
    String changed = plan(1, Schema.EMPTY, schema(view("a", "SELECT 2"))).checksum();

    assertEquals(first, again);
    assertNotEquals(first, changed);
    assertEquals(64, first.length());
  }

  private static MigrationPlan plan(int version, Schema before, Schema after) {
    return new MigrationPlanner()
        .plan(version, before, after, new SchemaDiffer().diff(before, after));
  }

  private static List<String> calls(List<Operation> operations) {
    return Calls.of(operations);
  }

  private static Schema schema(ViewDefinition... views) {
    return new Schema(List.of(views));
  }

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example." + name);
  }

  private static ViewDefinition renamed(String name, String renamedFrom, String sql) {
    return DEFINITIONS.define(
        name, sql, "com.example." + name, List.of(), Optional.of(renamedFrom));
  }
}
