package dev.strata.processor.plan;

import dev.strata.processor.diff.SchemaChange;
import dev.strata.processor.diff.SchemaDiffer;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Turns the difference between two consecutive schemas into a migration plan whose operations run
 * in an order the database accepts, in both directions.
 */
public final class MigrationPlanner {

  private final SchemaDiffer differ = new SchemaDiffer();

  public MigrationPlan plan(int version, Schema before, Schema after) {
    List<SchemaChange> changes = differ.diff(before, after);
    List<Operation> upgrade = operations(before, after);
    // the downgrade is planned as the move from the newer schema to the older one, so that it is
    // ordered by the same rules
    List<Operation> downgrade = operations(after, before);
    String description = MigrationNames.description(changes);
    return new MigrationPlan(
        version,
        description,
        MigrationNames.className(version, description),
        upgrade,
        downgrade,
        Checksums.of(upgrade, downgrade));
  }

  /**
   * Creates and replaces in the target's dependency order, so a view's inputs exist first; then
   * drops in the source's reverse dependency order, so no view is dropped while another reads it.
   */
  private List<Operation> operations(Schema from, Schema to) {
    List<Operation> operations = new ArrayList<>();
    for (String name : new ViewDependencies(to).creationOrder()) {
      ViewDefinition target = to.view(name).orElseThrow();
      from.view(name)
          .ifPresentOrElse(
              current -> {
                if (!current.sameDefinitionAs(target)) {
                  operations.add(Operation.replaceView(name, target.sql()));
                }
              },
              () -> operations.add(Operation.createView(name, target.sql())));
    }
    List<String> dropOrder = new ArrayList<>(new ViewDependencies(from).creationOrder());
    Collections.reverse(dropOrder);
    for (String name : dropOrder) {
      if (to.view(name).isEmpty()) {
        operations.add(Operation.dropView(name));
      }
    }
    return List.copyOf(operations);
  }
}
