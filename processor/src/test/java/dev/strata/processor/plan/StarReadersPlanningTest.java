package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Under {@link PlanningRules#STAR_READERS_FOLLOW_COLUMNS}, a view that reads every column of a view
 * or table gaining columns is dropped and created again after it; one that names its columns is
 * left alone, and the earlier rules, which recorded versions keep, leave both.
 */
class StarReadersPlanningTest {

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  private static final List<ViewDefinition> READERS =
      List.of(view("every_row", "SELECT * FROM base"), view("ids", "SELECT id FROM base"));

  @Test
  void aStarReaderOfAViewGainingAColumnInPlaceIsCreatedAgainAfterIt() {
    Schema before = views(view("base", "SELECT id, amount FROM orders"));
    Schema after = views(view("base", "SELECT id, amount, amount * 2 AS doubled FROM orders"));

    assertEquals(
        List.of("dropView every_row", "replaceView base", "createView every_row"),
        Calls.of(plan(before, after, PlanningRules.CURRENT).upgrade()));
    assertEquals(
        List.of("replaceView base"),
        Calls.of(plan(before, after, PlanningRules.KEY_GENERATORS_FOLLOW_TABLES).upgrade()));
  }

  @Test
  void aStarReaderOfATableGainingAColumnIsCreatedAgainAfterIt() {
    Schema before = new Schema(READERS, List.of(table("id")));
    Schema after = new Schema(READERS, List.of(table("id", "amount")));

    List<String> calls = Calls.of(plan(before, after, PlanningRules.CURRENT).upgrade());

    assertEquals("dropView every_row", calls.get(0));
    assertEquals("createView every_row", calls.get(calls.size() - 1));
    assertEquals(2, calls.stream().filter(call -> call.endsWith("View every_row")).count());
    assertEquals(0, calls.stream().filter(call -> call.endsWith("View ids")).count());
  }

  private static Schema views(ViewDefinition base) {
    return new Schema(List.of(base, READERS.get(0), READERS.get(1)));
  }

  private static TableDefinition table(String... columns) {
    return TableDefinition.builder("base", "com.example.Base")
        .columns(
            java.util.Arrays.stream(columns)
                .map(column -> new ColumnDefinition(column, "BIGINT", !column.equals("id")))
                .toList())
        .primaryKey(List.of("id"))
        .build();
  }

  private static MigrationPlan plan(Schema before, Schema after, PlanningRules rules) {
    return new MigrationPlanner()
        .plan(2, before, after, new SchemaDiffer().diff(before, after), rules);
  }

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example." + name);
  }
}
