package dev.strata.processor.snapshot;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.StepDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a snapshot says about its place in the chain, without its schema: what checking the chain
 * and collecting the steps need, small enough to be kept between builds.
 *
 * @param version the schema version
 * @param set the migration set
 * @param parent the id of the snapshot before it, absent for version 1
 * @param rules the planning rules of its migration
 * @param steps the hand-written steps its migration runs, sorted by class name
 */
public record SnapshotHeader(
    int version,
    String set,
    Optional<String> parent,
    PlanningRules rules,
    List<StepDefinition> steps) {

  public SnapshotHeader {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(rules, "rules");
    steps = List.copyOf(steps);
  }

  public static SnapshotHeader of(Snapshot snapshot) {
    return new SnapshotHeader(
        snapshot.version(), snapshot.set(), snapshot.parent(), snapshot.rules(), snapshot.steps());
  }
}
