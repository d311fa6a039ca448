package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.plan.MigrationPlan;
import dev.strata.processor.plan.MigrationPlanner;
import dev.strata.processor.plan.Operation;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotHistory;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.sql.ViewDefinitions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planning rules travel with the snapshots: a history recorded before per-column rebuilds plans
 * each of its versions as it always did, whatever is recorded after it, and a version recorded now
 * gets the finer plan. This is what keeps the checksums databases have applied.
 */
class PlanningRulesHistoryTest {

  private static final ViewDefinitions DEFINITIONS = new ViewDefinitions();

  @TempDir Path folder;

  @Test
  void anOlderHistoryPlansAsItDidAndTheNextVersionGetsTheFinerPlan()
      throws SnapshotException, IOException {
    SnapshotStore store = new SnapshotStore(folder);
    // as Strata 0.1 wrote them: no planning rules, no column reads
    StoredSnapshot v1 =
        store.write(new Snapshot(1, "main", Optional.empty(), schema(users(100, 100), false)));
    StoredSnapshot v2 =
        store.write(new Snapshot(2, "main", Optional.of(v1.id()), schema(users(100, 200), false)));
    String olderText = Files.readString(v2.file());
    assertFalse(olderText.contains("planningRules"), olderText);
    assertFalse(olderText.contains("columnReads"), olderText);
    SnapshotHistory older = store.read();
    MigrationPlan widenEmailThen = plan(older, 2);

    StoredSnapshot v3 =
        store.write(
            new Snapshot(
                3,
                "main",
                Optional.of(v2.id()),
                schema(users(300, 200), true),
                PlanningRules.CURRENT));
    SnapshotHistory now = store.read();

    String newerText = Files.readString(v3.file());
    assertTrue(
        newerText.contains("\"planningRules\": " + PlanningRules.CURRENT.number()), newerText);
    assertTrue(newerText.contains("\"columnReads\": ["), newerText);
    assertEquals(PlanningRules.VIEWS_PER_TABLE, now.rulesAt(2));
    assertEquals(PlanningRules.CURRENT, now.rulesAt(3));
    // version 2 under the first rules: both views rebuilt, as Strata 0.1 generated it
    MigrationPlan widenEmailNow = plan(now, 2);
    assertEquals(
        List.of(
            "dropView user_names",
            "dropView user_emails",
            "alterColumn users",
            "createView user_emails",
            "createView user_names"),
        calls(widenEmailNow.upgrade()));
    assertEquals(widenEmailThen, widenEmailNow);
    assertEquals(
        new MigrationPlanner()
            .plan(
                2,
                older.schemaAt(1),
                older.schemaAt(2),
                new SchemaDiffer().diff(older.schemaAt(1), older.schemaAt(2)))
            .checksum(),
        widenEmailNow.checksum());
    // version 3 under the rules it was recorded with: only the view that reads name
    assertEquals(
        List.of("dropView user_names", "alterColumn users", "createView user_names"),
        calls(plan(now, 3).upgrade()));
  }

  private static MigrationPlan plan(SnapshotHistory history, int version) {
    Schema before = history.schemaAt(version - 1);
    Schema after = history.schemaAt(version);
    return new MigrationPlanner()
        .plan(
            version,
            before,
            after,
            new SchemaDiffer().diff(before, after),
            history.rulesAt(version));
  }

  private static List<String> calls(List<Operation> operations) {
    return operations.stream().map(op -> op.method() + " " + op.target()).toList();
  }

  private static Schema schema(TableDefinition users, boolean withColumnReads) {
    List<ViewDefinition> views =
        List.of(
            view("user_names", "SELECT id, name FROM users", withColumnReads),
            view("user_emails", "SELECT id, email FROM users", withColumnReads));
    return new Schema(views, List.of(users));
  }

  private static TableDefinition users(int nameLength, int emailLength) {
    return TableDefinition.builder("users", "com.example.User")
        .columns(
            List.of(
                new ColumnDefinition("id", "BIGINT", false),
                new ColumnDefinition("name", "VARCHAR(" + nameLength + ")", true),
                new ColumnDefinition("email", "VARCHAR(" + emailLength + ")", true)))
        .primaryKey(List.of("id"))
        .build();
  }

  private static ViewDefinition view(String name, String sql, boolean withColumnReads) {
    ViewDefinition view = DEFINITIONS.define(name, sql, "com.example." + name);
    return withColumnReads ? view : view.toBuilder().columnReads(Optional.empty()).build();
  }
}
