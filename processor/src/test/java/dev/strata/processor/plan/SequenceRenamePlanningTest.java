package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table renamed with its key sequence named after it renames the sequence too, which keeps its
 * position, under the rules that allow it; versions recorded before them keep their plans.
 */
class SequenceRenamePlanningTest {

  private static final TableDefinition BIN = table("Bin", Optional.empty(), 50);

  @Test
  void aRenamedTablesSequenceNamedAfterItIsRenamedBothWays() {
    MigrationPlan plan =
        plan(table("StorageBin", Optional.of("Bin"), 50), PlanningRules.SEQUENCES_FOLLOW_TABLES);

    assertEquals(
        List.of("renameTable Bin StorageBin", "renameSequence StorageBin Bin_SEQ StorageBin_SEQ"),
        Calls.of(plan.upgrade()));
    assertEquals(
        List.of("renameTable StorageBin Bin", "renameSequence Bin StorageBin_SEQ Bin_SEQ"),
        Calls.of(plan.downgrade()));
  }

  @Test
  void aVersionRecordedUnderEarlierRulesDropsTheSequenceAndCreatesTheNewOne() {
    MigrationPlan plan =
        plan(
            table("StorageBin", Optional.of("Bin"), 50),
            PlanningRules.MATERIALIZED_INDEXES_IN_PLACE);

    assertEquals(
        List.of("dropSequence Bin", "renameTable Bin StorageBin", "createSequence StorageBin"),
        Calls.of(plan.upgrade()));
  }

  // a sequence of another increment is another sequence: renaming would keep the old increment
  @Test
  void aSequenceOfAnotherIncrementIsDroppedAndCreated() {
    MigrationPlan plan =
        plan(table("StorageBin", Optional.of("Bin"), 10), PlanningRules.SEQUENCES_FOLLOW_TABLES);

    assertEquals(
        List.of("dropSequence Bin", "renameTable Bin StorageBin", "createSequence StorageBin"),
        Calls.of(plan.upgrade()));
  }

  private static MigrationPlan plan(TableDefinition after, PlanningRules rules) {
    Schema before = new Schema(List.of(), List.of(BIN));
    Schema later = new Schema(List.of(), List.of(after));
    return new MigrationPlanner()
        .plan(2, before, later, new SchemaDiffer().diff(before, later), rules);
  }

  private static TableDefinition table(String name, Optional<String> renamedFrom, long increment) {
    return TableDefinition.builder(name, "com.example." + name)
        .columns(List.of(new ColumnDefinition("id", "BIGINT", false)))
        .primaryKey(List.of("id"))
        .sequences(List.of(new SequenceDefinition(name + "_SEQ", 1, increment)))
        .renamedFrom(renamedFrom)
        .build();
  }
}
