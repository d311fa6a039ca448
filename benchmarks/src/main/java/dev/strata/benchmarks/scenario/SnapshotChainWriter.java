package dev.strata.benchmarks.scenario;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.snapshot.Snapshot;
import dev.strata.processor.snapshot.SnapshotException;
import dev.strata.processor.snapshot.SnapshotStore;
import dev.strata.processor.snapshot.StoredSnapshot;
import dev.strata.processor.sql.ViewDefinitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Records a scenario's snapshot chain, version k adding view k, with the processor's own snapshot
 * classes: the files are those N successive builds would write (as {@link IncrementalHistory}
 * checks), in one pass instead of N compilations that each re-read the whole chain.
 */
public final class SnapshotChainWriter {

  /** The processor's default set: the scenarios pass no {@code -Astrata.set}. */
  private static final String SET = "main";

  private SnapshotChainWriter() {}

  public static void write(ViewScenario scenario, SnapshotStore store) throws SnapshotException {
    ViewDefinitions definitions = new ViewDefinitions();
    List<ViewDefinition> views = new ArrayList<>(scenario.size());
    Optional<String> parent = Optional.empty();
    for (int k = 1; k <= scenario.size(); k++) {
      views.add(
          definitions.define(
              ViewScenario.viewName(k), ViewScenario.sql(k), ViewScenario.qualifiedClassName(k)));
      StoredSnapshot stored =
          store.write(new Snapshot(k, SET, parent, new Schema(views), PlanningRules.CURRENT));
      parent = Optional.of(stored.id());
    }
  }
}
