package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Materialization;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * How the planner moves materialized views, without a compiler: never in place, except their
 * indexes alone under the current rules.
 */
class MaterializedViewPlanningTest {

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();
  private static final Materialization KEYED =
      new Materialization(true, List.of(new IndexDefinition("t_id_key", List.of("id"), true)));
  private static final Materialization TWO_INDEXES =
      new Materialization(
          true,
          List.of(
              new IndexDefinition("t_id_key", List.of("id"), true),
              new IndexDefinition("t_n_idx", List.of("n"), false)));

  @Test
  void underTheRulesBeforeThreeAnAddedIndexCreatesTheViewAgainWithThePlainViewThatReadsIt() {
    Schema before = schema(view("t", "SELECT id, n FROM o", KEYED), view("r", "SELECT id FROM t"));
    Schema after =
        schema(view("t", "SELECT id, n FROM o", TWO_INDEXES), view("r", "SELECT id FROM t"));

    // the plan such a version was recorded with, and its checksum, stay as they were
    MigrationPlan plan =
        new MigrationPlanner()
            .plan(
                2,
                before,
                after,
                new SchemaDiffer().diff(before, after),
                PlanningRules.VIEWS_PER_COLUMN);

    assertEquals(
        List.of("dropView r", "dropMaterializedView t", "createMaterializedView t", "createView r"),
        Calls.of(plan.upgrade()));
    assertEquals(
        List.of("dropView r", "dropMaterializedView t", "createMaterializedView t", "createView r"),
        Calls.of(plan.downgrade()));
    assertEquals("Replace t", plan.description());
  }

  @Test
  void anAddedIndexAloneIsCreatedOnTheViewThatStaysAndTheDowngradeDropsIt() {
    Schema before = schema(view("t", "SELECT id, n FROM o", KEYED), view("r", "SELECT id FROM t"));
    Schema after =
        schema(view("t", "SELECT id, n FROM o", TWO_INDEXES), view("r", "SELECT id FROM t"));

    MigrationPlan plan = currentPlan(before, after);

    assertEquals(List.of("createMaterializedViewIndex t"), Calls.of(plan.upgrade()));
    assertEquals(List.of("dropMaterializedViewIndex t"), Calls.of(plan.downgrade()));
    assertEquals(
        new ViewOperation.CreateMaterializedViewIndex(
            "t", new IndexDefinition("t_n_idx", List.of("n"), false)),
        plan.upgrade().get(0));
    assertEquals(
        new ViewOperation.DropMaterializedViewIndex("t", "t_n_idx"), plan.downgrade().get(0));
    assertEquals("Replace t", plan.description());
  }

  @Test
  void anIndexWhoseColumnsChangeIsDroppedAndCreatedAgainAndTheOthersStay() {
    Materialization changed =
        new Materialization(
            true,
            List.of(
                new IndexDefinition("t_id_key", List.of("id"), true),
                new IndexDefinition("t_n_idx", List.of("n", "id"), false)));
    Schema before = schema(view("t", "SELECT id, n FROM o", TWO_INDEXES));
    Schema after = schema(view("t", "SELECT id, n FROM o", changed));

    MigrationPlan plan = currentPlan(before, after);

    assertEquals(
        List.of("dropMaterializedViewIndex t", "createMaterializedViewIndex t"),
        Calls.of(plan.upgrade()));
    assertEquals(
        List.of("dropMaterializedViewIndex t", "createMaterializedViewIndex t"),
        Calls.of(plan.downgrade()));
    assertEquals(
        new ViewOperation.CreateMaterializedViewIndex(
            "t", new IndexDefinition("t_n_idx", List.of("n"), false)),
        plan.downgrade().get(1));
  }

  @Test
  void aChangedQueryStillCreatesTheViewAgainWithAllItsIndexesUnderTheCurrentRules() {
    Schema before = schema(view("t", "SELECT id, n FROM o", KEYED));
    Schema after = schema(view("t", "SELECT n, id FROM o", TWO_INDEXES));

    MigrationPlan plan = currentPlan(before, after);

    assertEquals(
        List.of("dropMaterializedView t", "createMaterializedView t"), Calls.of(plan.upgrade()));
    assertEquals(
        TWO_INDEXES, ((ViewOperation.CreateMaterializedView) plan.upgrade().get(1)).materialized());
  }

  @Test
  void aChangeOfWithDataStillCreatesTheViewAgainUnderTheCurrentRules() {
    Schema before = schema(view("t", "SELECT id, n FROM o", KEYED));
    Schema after =
        schema(view("t", "SELECT id, n FROM o", new Materialization(false, TWO_INDEXES.indexes())));

    assertEquals(
        List.of("dropMaterializedView t", "createMaterializedView t"),
        Calls.of(currentPlan(before, after).upgrade()));
  }

  @Test
  void appendingAColumnToAMaterializedViewStillCreatesItAgain() {
    Schema before = schema(view("t", "SELECT id FROM o", KEYED));
    Schema after = schema(view("t", "SELECT id, n FROM o", KEYED));

    assertEquals(
        List.of("dropMaterializedView t", "createMaterializedView t"),
        Calls.of(plan(before, after).upgrade()));
  }

  @Test
  void aMaterializedViewReadingAPlainOneIsCreatedAfterItAndDroppedBefore() {
    Schema after = schema(view("p", "SELECT id FROM o"), view("m", "SELECT id FROM p", KEYED));

    MigrationPlan plan = plan(Schema.EMPTY, after);

    assertEquals(List.of("createView p", "createMaterializedView m"), Calls.of(plan.upgrade()));
    assertEquals(List.of("dropMaterializedView m", "dropView p"), Calls.of(plan.downgrade()));
  }

  @Test
  void aPlainViewBecomingMaterializedIsDroppedAndCreatedBothWays() {
    Schema before = schema(view("t", "SELECT id FROM o"));
    Schema after = schema(view("t", "SELECT id FROM o", KEYED));

    MigrationPlan plan = plan(before, after);

    assertEquals(List.of("dropView t", "createMaterializedView t"), Calls.of(plan.upgrade()));
    assertEquals(List.of("dropMaterializedView t", "createView t"), Calls.of(plan.downgrade()));
    assertEquals(
        "t is or becomes materialized and changes: dropped and created again",
        plan.upgrade().get(0).reason());
  }

  @Test
  void aRenamedMaterializedViewIsCreatedUnderItsNewName() {
    Schema before = schema(view("t", "SELECT id FROM o", KEYED));
    ViewDefinition renamed =
        DEFINITIONS
            .define("u", "SELECT id FROM o", "com.example.u", List.of(), Optional.of("t"))
            .withMaterialized(Optional.of(KEYED));

    MigrationPlan plan = plan(before, schema(renamed));

    assertEquals(
        List.of("dropMaterializedView t", "createMaterializedView u"), Calls.of(plan.upgrade()));
    assertEquals(
        List.of("dropMaterializedView u", "createMaterializedView t"), Calls.of(plan.downgrade()));
  }

  private static MigrationPlan plan(Schema before, Schema after) {
    return new MigrationPlanner().plan(2, before, after, new SchemaDiffer().diff(before, after));
  }

  private static MigrationPlan currentPlan(Schema before, Schema after) {
    return new MigrationPlanner()
        .plan(2, before, after, new SchemaDiffer().diff(before, after), PlanningRules.CURRENT);
  }

  private static Schema schema(ViewDefinition... views) {
    return new Schema(List.of(views));
  }

  private static ViewDefinition view(String name, String sql) {
    return DEFINITIONS.define(name, sql, "com.example." + name);
  }

  private static ViewDefinition view(String name, String sql, Materialization materialized) {
    return view(name, sql).withMaterialized(Optional.of(materialized));
  }
}
