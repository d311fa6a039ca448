package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which views a column change rebuilds: under the rules new versions are recorded under, only those
 * that may read the changing column; under the first rules, which older snapshots keep, every view
 * that reads its table.
 */
class ColumnRebuildPlanningTest {

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  private static final TableDefinition USERS =
      table(
          "users",
          column("id", "BIGINT", false),
          column("name", "VARCHAR(100)", true),
          column("email", "VARCHAR(100)", true));
  private static final TableDefinition ORDERS =
      table(
          "orders",
          column("id", "BIGINT", false),
          column("user_id", "BIGINT", true),
          column("total", "DECIMAL(10,2)", true),
          column("note", "VARCHAR(50)", true));

  @Test
  void widerColumnLeavesAViewThatDoesNotReadItInPlaceBothWays() {
    List<ViewDefinition> views = List.of(view("user_names", "SELECT id, name FROM users"));

    MigrationPlan plan = plan(views, USERS, widened(USERS, "email"), PlanningRules.CURRENT);

    assertEquals(List.of("alterColumn users"), calls(plan.upgrade()));
    assertEquals(List.of("alterColumn users"), calls(plan.downgrade()));
  }

  @Test
  void widerColumnRebuildsTheViewThatReadsItAndEveryViewOnTopOfIt() {
    List<ViewDefinition> views =
        List.of(
            view("user_emails", "SELECT u.id, u.email FROM users u"),
            view("email_count", "SELECT COUNT(*) AS n FROM user_emails"),
            view("user_names", "SELECT id, name FROM users"));

    MigrationPlan plan = plan(views, USERS, widened(USERS, "email"), PlanningRules.CURRENT);

    assertEquals(
        List.of(
            "dropView email_count",
            "dropView user_emails",
            "alterColumn users",
            "createView user_emails",
            "createView email_count"),
        calls(plan.upgrade()));
  }

  @Test
  void theFirstRulesStillRebuildEveryViewOfTheTable() {
    List<ViewDefinition> views = List.of(view("user_names", "SELECT id, name FROM users"));

    MigrationPlan first =
        plan(views, USERS, widened(USERS, "email"), PlanningRules.VIEWS_PER_TABLE);
    MigrationPlan current = plan(views, USERS, widened(USERS, "email"), PlanningRules.CURRENT);

    assertEquals(
        List.of("dropView user_names", "alterColumn users", "createView user_names"),
        calls(first.upgrade()));
    assertNotEquals(first.checksum(), current.checksum());
  }

  @Test
  void aStarOrAWholeRowReadsEveryColumn() {
    for (String sql :
        List.of(
            "SELECT * FROM users",
            "SELECT DISTINCT * FROM users WHERE id > 1",
            "SELECT u.* FROM users u",
            "SELECT x.id FROM users x JOIN orders o USING (id) NATURAL JOIN users",
            "TABLE users",
            "SELECT users FROM users")) {
      List<ViewDefinition> views = List.of(view("v", sql));

      MigrationPlan plan = plan(views, USERS, widened(USERS, "email"), PlanningRules.CURRENT);

      assertEquals(
          List.of("dropView v", "alterColumn users", "createView v"), calls(plan.upgrade()), sql);
    }
  }

  @Test
  void countingRowsOrMultiplyingReadsNoOtherColumn() {
    List<ViewDefinition> views =
        List.of(view("v", "SELECT COUNT(*) AS n, SUM(id) * 2 AS twice FROM users"));

    MigrationPlan plan = plan(views, USERS, widened(USERS, "email"), PlanningRules.CURRENT);

    assertEquals(List.of("alterColumn users"), calls(plan.upgrade()));
  }

  @Test
  void aColumnOfAnotherTableInTheJoinIsToldApartByItsQualifier() {
    ViewDefinition spend =
        view(
            "spend",
            "SELECT o.*, u.name FROM orders o JOIN users u ON u.id = o.user_id WHERE o.total > 0");
    List<ViewDefinition> views = List.of(spend);

    MigrationPlan onUsers =
        plan(views, List.of(USERS, ORDERS), List.of(widened(USERS, "email"), ORDERS));
    MigrationPlan onOrders =
        plan(views, List.of(USERS, ORDERS), List.of(USERS, widened(ORDERS, "note")));

    assertEquals(List.of("alterColumn users"), calls(onUsers.upgrade()));
    assertEquals(
        List.of("dropView spend", "alterColumn orders", "createView spend"),
        calls(onOrders.upgrade()));
  }

  @Test
  void anUnqualifiedNameCountsForEveryTableTheQueryReads() {
    // "note" could be either table's as far as the query's text tells: both count
    List<ViewDefinition> views =
        List.of(view("notes", "SELECT note FROM orders o JOIN users u ON u.id = o.user_id"));
    TableDefinition usersWithNote =
        table(
            "users",
            column("id", "BIGINT", false),
            column("name", "VARCHAR(100)", true),
            column("note", "VARCHAR(10)", true));

    MigrationPlan plan =
        plan(
            views, List.of(usersWithNote, ORDERS), List.of(widened(usersWithNote, "note"), ORDERS));

    assertEquals(
        List.of("dropView notes", "alterColumn users", "createView notes"), calls(plan.upgrade()));
  }

  @Test
  void subqueriesAndCommonTableExpressionsReadWhatTheirOwnQueriesName() {
    List<ViewDefinition> views =
        List.of(
            view(
                "big_spenders",
                "WITH spent AS (SELECT user_id, SUM(total) AS amount FROM orders GROUP BY user_id)"
                    + " SELECT u.name, s.amount FROM users u JOIN spent s ON s.user_id = u.id"
                    + " WHERE u.id IN (SELECT user_id FROM orders WHERE total > 100)"));

    MigrationPlan onNote =
        plan(views, List.of(USERS, ORDERS), List.of(USERS, widened(ORDERS, "note")));
    MigrationPlan onEmail =
        plan(views, List.of(USERS, ORDERS), List.of(widened(USERS, "email"), ORDERS));
    MigrationPlan onTotal =
        plan(views, List.of(USERS, ORDERS), List.of(USERS, widened(ORDERS, "total")));

    assertEquals(List.of("alterColumn orders"), calls(onNote.upgrade()));
    assertEquals(List.of("alterColumn users"), calls(onEmail.upgrade()));
    assertEquals(
        List.of("dropView big_spenders", "alterColumn orders", "createView big_spenders"),
        calls(onTotal.upgrade()));
  }

  @Test
  void droppingOrRenamingAColumnRebuildsOnlyTheViewsThatNameIt() {
    List<ViewDefinition> views =
        List.of(
            view("user_names", "SELECT id, name FROM users"),
            view("user_emails", "SELECT id, email FROM users"));
    TableDefinition withoutEmail =
        table("users", column("id", "BIGINT", false), column("name", "VARCHAR(100)", true));
    List<ViewDefinition> after = List.of(views.get(0));

    MigrationPlan dropped =
        plan(
            new Schema(views, List.of(USERS)),
            new Schema(after, List.of(withoutEmail)),
            PlanningRules.CURRENT);

    assertEquals(List.of("dropView user_emails", "dropColumn users"), calls(dropped.upgrade()));
    assertEquals(List.of("addColumn users", "createView user_emails"), calls(dropped.downgrade()));
  }

  @Test
  void aViewTheParserCouldNotReadIsRebuiltAsBefore() {
    ViewDefinition parsed = view("user_names", "SELECT id, name FROM users");
    ViewDefinition unknown = parsed.toBuilder().columnReads(Optional.empty()).build();

    MigrationPlan plan =
        plan(List.of(unknown), USERS, widened(USERS, "email"), PlanningRules.CURRENT);

    assertEquals(
        List.of("dropView user_names", "alterColumn users", "createView user_names"),
        calls(plan.upgrade()));
  }

  @Test
  void aViewFromAnOlderSnapshotIsJudgedByWhatTheSameQueryReadsInTheNewer() {
    ViewDefinition parsed = view("user_names", "SELECT id, name FROM users");
    ViewDefinition recordedBefore = parsed.toBuilder().columnReads(Optional.empty()).build();

    MigrationPlan plan =
        plan(
            new Schema(List.of(recordedBefore), List.of(USERS)),
            new Schema(List.of(parsed), List.of(widened(USERS, "email"))),
            PlanningRules.CURRENT);

    assertEquals(List.of("alterColumn users"), calls(plan.upgrade()));
    assertEquals(List.of("alterColumn users"), calls(plan.downgrade()));
  }

  @Test
  void aRenamedTableRebuildsEveryViewThatReadsItWhateverItsColumns() {
    List<ViewDefinition> views = List.of(view("user_names", "SELECT id, name FROM users"));
    TableDefinition renamed =
        TableDefinition.builder("people", USERS.declaredBy())
            .columns(USERS.columns())
            .primaryKey(USERS.primaryKey())
            .renamedFrom(Optional.of("users"))
            .build();
    List<ViewDefinition> after = List.of(view("user_names", "SELECT id, name FROM people"));

    MigrationPlan plan =
        plan(
            new Schema(views, List.of(USERS)),
            new Schema(after, List.of(renamed)),
            PlanningRules.CURRENT);

    assertEquals(
        List.of("dropView user_names", "renameTable users people", "createView user_names"),
        calls(plan.upgrade()));
  }

  private static MigrationPlan plan(
      List<ViewDefinition> views,
      TableDefinition before,
      TableDefinition after,
      PlanningRules rules) {
    return plan(new Schema(views, List.of(before)), new Schema(views, List.of(after)), rules);
  }

  private static MigrationPlan plan(
      List<ViewDefinition> views, List<TableDefinition> before, List<TableDefinition> after) {
    return plan(new Schema(views, before), new Schema(views, after), PlanningRules.CURRENT);
  }

  private static MigrationPlan plan(Schema before, Schema after, PlanningRules rules) {
    return new MigrationPlanner()
        .plan(2, before, after, new SchemaDiffer().diff(before, after), rules);
  }

  private static List<String> calls(List<Operation> operations) {
    return Calls.of(operations);
  }

  /** The table with {@code column} four times as long. */
  private static TableDefinition widened(TableDefinition table, String column) {
    List<ColumnDefinition> columns = new ArrayList<>();
    for (ColumnDefinition each : table.columns()) {
      columns.add(
          each.name().equals(column)
              ? column(each.name(), each.type().replace("(", "(4"), each.nullable())
              : each);
    }
    return table(table.name(), columns.toArray(ColumnDefinition[]::new));
  }

  private static TableDefinition table(String name, ColumnDefinition... columns) {
    return TableDefinition.builder(name, "com.example." + name)
        .columns(List.of(columns))
        .primaryKey(List.of("id"))
        .build();
  }

  private static ColumnDefinition column(String name, String type, boolean nullable) {
    return new ColumnDefinition(name, type, nullable);
  }

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example." + name);
  }
}
