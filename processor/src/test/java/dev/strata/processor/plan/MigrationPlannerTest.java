package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner's ordering, naming and checksums, without a compiler. */
class MigrationPlannerTest {

  private final MigrationPlanner planner = new MigrationPlanner();

  @Test
  void createsAViewAfterTheViewItReadsEvenWhenItsNameSortsFirst() {
    Schema after =
        schema(
            view("active_users", "SELECT id FROM users"),
            view("active_user_ids", "SELECT id FROM active_users"));

    MigrationPlan plan = planner.plan(1, Schema.EMPTY, after);

    assertEquals(
        List.of(
            Operation.createView("active_users", "SELECT id FROM users"),
            Operation.createView("active_user_ids", "SELECT id FROM active_users")),
        plan.upgrade());
    assertEquals(
        List.of(Operation.dropView("active_user_ids"), Operation.dropView("active_users")),
        plan.downgrade());
  }

  @Test
  void replacesAReaderBeforeDroppingTheViewItNoLongerReads() {
    Schema before =
        schema(
            view("totals", "SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id"),
            view("big", "SELECT user_id FROM totals WHERE total > 50"));
    Schema after = schema(view("big", "SELECT user_id FROM orders WHERE total > 50"));

    MigrationPlan plan = planner.plan(2, before, after);

    assertEquals(
        List.of(
            Operation.replaceView("big", "SELECT user_id FROM orders WHERE total > 50"),
            Operation.dropView("totals")),
        plan.upgrade());
    assertEquals(
        List.of(
            Operation.createView(
                "totals", "SELECT user_id, SUM(total) AS total FROM orders GROUP BY user_id"),
            Operation.replaceView("big", "SELECT user_id FROM totals WHERE total > 50")),
        plan.downgrade());
  }

  @Test
  void aViewNameInsideAStringLiteralIsNotADependency() {
    Schema after =
        schema(
            view("b_view", "SELECT 'a_view' AS label FROM users"),
            view("a_view", "SELECT id FROM users"));

    MigrationPlan plan = planner.plan(1, Schema.EMPTY, after);

    assertEquals(
        List.of("a_view", "b_view"), plan.upgrade().stream().map(Operation::view).toList());
  }

  @Test
  void namesDescribeTheChanges() {
    Schema before = schema(view("a", "SELECT 1"), view("b", "SELECT 2"));
    Schema after = schema(view("a", "SELECT 10"), view("c", "SELECT 3"));

    MigrationPlan plan = planner.plan(7, before, after);

    assertEquals("Create c, replace a, drop b", plan.description());
    assertEquals("V0007_CreateCReplaceADropB", plan.className());
  }

  @Test
  void manyChangesAreSummarisedByCount() {
    Schema after =
        schema(
            view("a", "SELECT 1"),
            view("b", "SELECT 2"),
            view("c", "SELECT 3"),
            view("d", "SELECT 4"));

    MigrationPlan plan = planner.plan(1, Schema.EMPTY, after);

    assertEquals("Create 4 views", plan.description());
    assertEquals("V0001_Create4Views", plan.className());
  }

  @Test
  void checksumIsStableAndChangesWithTheSql() {
    Schema before = Schema.EMPTY;
    String first = planner.plan(1, before, schema(view("a", "SELECT 1"))).checksum();
    String again = planner.plan(1, before, schema(view("a", "SELECT 1"))).checksum();
    String changed = planner.plan(1, before, schema(view("a", "SELECT 2"))).checksum();

    assertEquals(first, again);
    assertNotEquals(first, changed);
    assertEquals(64, first.length());
  }

  private static Schema schema(ViewDefinition... views) {
    return new Schema(List.of(views));
  }

  private static ViewDefinition view(String name, String sql) {
    return new ViewDefinition(name, sql, "com.example." + name);
  }
}
