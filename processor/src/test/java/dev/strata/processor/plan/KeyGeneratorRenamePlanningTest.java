package dev.strata.processor.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A table renamed with its key sequence, or its table generator's segment, named after it renames
 * the sequence or the segment's row too, which keeps its position, under the rules that allow it;
 * versions recorded before them keep their plans.
 */
class KeyGeneratorRenamePlanningTest {

  private static final TableDefinition BIN = table("Bin", Optional.empty(), 50);

  @Test
  void aRenamedTablesSequenceNamedAfterItIsRenamedBothWays() {
    MigrationPlan plan =
        plan(
            table("StorageBin", Optional.of("Bin"), 50),
            PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);

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

  // a sequence of another increment is another sequence: renaming would keep the old increment;
  // the new one starts after the rows' keys
  @Test
  void aSequenceOfAnotherIncrementIsDroppedAndCreatedAfterTheKeys() {
    MigrationPlan plan =
        plan(
            table("StorageBin", Optional.of("Bin"), 10),
            PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);

    assertEquals(
        List.of(
            "dropSequence Bin",
            "renameTable Bin StorageBin",
            "createSequence StorageBin",
            "startSequenceAfterKeys StorageBin"),
        Calls.of(plan.upgrade()));
  }

  // a shared sequence is no rename of either: each table's own position is kept by neither, so
  // the shared one starts after the keys of both, Book's though the snapshot records it on Author
  @Test
  void sequencesMergedIntoOneSharedSequenceAreDroppedAndItCreatedAfterEveryTablesKeys() {
    SequenceDefinition shared = new SequenceDefinition("ids_seq", 1, 50);
    Schema before =
        new Schema(
            List.of(),
            List.of(table("Author", Optional.empty(), 50), table("Book", Optional.empty(), 50)));
    Schema after =
        new Schema(
            List.of(),
            List.of(
                withSequence(table("Author", Optional.empty(), 50), shared),
                sharing(table("Book", Optional.empty(), 50), shared)));

    MigrationPlan plan = plan(before, after, PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);

    assertEquals(
        List.of(
            "dropSequence Author",
            "dropSequence Book",
            "createSequence Author",
            "startSequenceAfterKeys Author",
            "startSequenceAfterKeys Book"),
        Calls.of(plan.upgrade()));
  }

  // as the mapping records a shared sequence: on the first table by name, which creates it
  private static TableDefinition withSequence(TableDefinition table, SequenceDefinition sequence) {
    return table.toBuilder().sequences(List.of(sequence)).build();
  }

  // and as shared on the others
  private static TableDefinition sharing(TableDefinition table, SequenceDefinition sequence) {
    return table.toBuilder().sequences(List.of()).keySequences(List.of(sequence)).build();
  }

  @Test
  void aTableGeneratorsSegmentNamedAfterARenamedTableIsRenamedBothWays() {
    Schema before = new Schema(List.of(), List.of(table("Bin", Optional.empty()), idGen("Bin")));
    Schema after =
        new Schema(
            List.of(), List.of(table("StorageBin", Optional.of("Bin")), idGen("StorageBin")));

    MigrationPlan plan = plan(before, after, PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);
    MigrationPlan earlier = plan(before, after, PlanningRules.MATERIALIZED_INDEXES_IN_PLACE);

    assertEquals(
        List.of(
            "renameTable Bin StorageBin",
            "UPDATE id_gen SET sequence_name = 'StorageBin' WHERE sequence_name = 'Bin'"),
        texts(plan.upgrade()));
    assertEquals(
        List.of(
            "renameTable StorageBin Bin",
            "UPDATE id_gen SET sequence_name = 'Bin' WHERE sequence_name = 'StorageBin'"),
        texts(plan.downgrade()));
    assertEquals(
        List.of(
            "DELETE FROM id_gen WHERE sequence_name = 'Bin'",
            "renameTable Bin StorageBin",
            "INSERT INTO id_gen (sequence_name, next_val) VALUES ('StorageBin', 0)"),
        texts(earlier.upgrade()));
  }

  // a TABLE_PER_CLASS leaf's segment is its abstract root's name, a root that has no table
  @Test
  void aSegmentNamedAfterNoTableReplacedByOneOtherIsRenamedBothWays() {
    Schema before =
        new Schema(List.of(), List.of(table("Parcel", Optional.empty()), idGen("Shipment")));
    Schema after =
        new Schema(List.of(), List.of(table("Parcel", Optional.empty()), idGen("Consignment")));

    MigrationPlan plan = plan(before, after, PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);

    assertEquals(
        List.of("UPDATE id_gen SET sequence_name = 'Consignment' WHERE sequence_name = 'Shipment'"),
        texts(plan.upgrade()));
    assertEquals(
        List.of("UPDATE id_gen SET sequence_name = 'Shipment' WHERE sequence_name = 'Consignment'"),
        texts(plan.downgrade()));
  }

  // the segment of a table dropped, and that of a table added, are no rename of each other
  @Test
  void theSegmentsOfATableDroppedAndATableAddedAreDeletedAndInserted() {
    Schema before =
        new Schema(List.of(), List.of(table("Parcel", Optional.empty()), idGen("Parcel")));
    Schema after = new Schema(List.of(), List.of(table("Box", Optional.empty()), idGen("Box")));

    MigrationPlan plan = plan(before, after, PlanningRules.KEY_GENERATORS_FOLLOW_TABLES);

    assertEquals(
        List.of(
            "dropTable Parcel",
            "DELETE FROM id_gen WHERE sequence_name = 'Parcel'",
            "createTable Box",
            "INSERT INTO id_gen (sequence_name, next_val) VALUES ('Box', 0)"),
        texts(plan.upgrade()));
  }

  private static List<String> texts(List<Operation> operations) {
    return operations.stream()
        .map(
            operation ->
                operation instanceof TableOperation.Execute execute
                    ? execute.sql()
                    : Calls.of(List.of(operation)).get(0))
        .toList();
  }

  private static TableDefinition table(String name, Optional<String> renamedFrom) {
    return TableDefinition.builder(name, "com.example." + name)
        .columns(List.of(new ColumnDefinition("id", "BIGINT", false)))
        .primaryKey(List.of("id"))
        .renamedFrom(renamedFrom)
        .build();
  }

  private static TableDefinition idGen(String segment) {
    return TableDefinition.builder("id_gen", "com.example.Bin")
        .columns(
            List.of(
                new ColumnDefinition("sequence_name", "VARCHAR(255)", false),
                new ColumnDefinition("next_val", "BIGINT", true)))
        .primaryKey(List.of("sequence_name"))
        .generatorRows(List.of(new GeneratorRow("sequence_name", segment, "next_val", 0)))
        .build();
  }

  private static MigrationPlan plan(Schema before, Schema after, PlanningRules rules) {
    return new MigrationPlanner()
        .plan(2, before, after, new SchemaDiffer().diff(before, after), rules);
  }

  private static MigrationPlan plan(TableDefinition after, PlanningRules rules) {
    return plan(new Schema(List.of(), List.of(BIN)), new Schema(List.of(), List.of(after)), rules);
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
