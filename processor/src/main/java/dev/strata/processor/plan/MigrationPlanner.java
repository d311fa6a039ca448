package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaChange;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the difference between two consecutive schemas into a migration plan whose operations run
 * in an order every supported database accepts, in both directions.
 */
public final class MigrationPlanner {

  /** Longer descriptions are summarised: the history table keeps 200 characters. */
  private static final int MAX_DESCRIPTION = 100;

  private final SchemaDiffer differ = new SchemaDiffer();

  public MigrationPlan plan(int version, Schema before, Schema after) {
    List<SchemaChange> changes = differ.diff(before, after);
    Map<String, String> renames = new TreeMap<>();
    for (SchemaChange change : changes) {
      if (change instanceof SchemaChange.RenameView rename) {
        renames.put(rename.before().name(), rename.after().name());
      }
    }
    TableRenames tableRenames = TableRenames.between(before, after);
    List<Operation> upgrade =
        new OperationSequencer(before, after, renames, tableRenames).operations();
    // the downgrade is planned as the move from the newer schema back to the older one, so that
    // the same ordering rules make it safe
    List<Operation> downgrade =
        new OperationSequencer(after, before, inverse(renames), tableRenames.inverse())
            .operations();
    String description = MigrationNames.description(changes, MAX_DESCRIPTION);
    return new MigrationPlan(
        version,
        description,
        MigrationNames.className(version, description),
        upgrade,
        downgrade,
        Checksums.of(upgrade, downgrade));
  }

  private static Map<String, String> inverse(Map<String, String> renames) {
    Map<String, String> inverse = new TreeMap<>();
    renames.forEach((from, to) -> inverse.put(to, from));
    return inverse;
  }
}
