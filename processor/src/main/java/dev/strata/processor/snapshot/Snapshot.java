package dev.strata.processor.snapshot;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.StepDefinition;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One committed version of a module's schema.
 *
 * @param version the schema version, starting at 1
 * @param set the migration set the snapshot belongs to
 * @param parent the id of the snapshot before it ({@code 0003-1f2e3d4c}), absent for version 1; two
 *     branches that each add a version are told apart by it
 * @param schema the views at that version
 * @param rules the planning rules its migration is planned under: those of the Strata that recorded
 *     it, kept so that the migration never changes once a database has applied it
 * @param steps the hand-written steps the version's migration runs, sorted by class name: the order
 *     in which those at one position run
 */
public record Snapshot(
    int version,
    String set,
    Optional<String> parent,
    Schema schema,
    PlanningRules rules,
    List<StepDefinition> steps) {

  /** Bumped when the file layout changes; a newer file is refused rather than misread. */
  public static final int FORMAT_VERSION = 1;

  public Snapshot {
    if (version < 1) {
      throw new IllegalArgumentException("Snapshot versions start at 1, got " + version);
    }
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(rules, "rules");
    if (parent.isPresent() != (version > 1)) {
      throw new IllegalArgumentException("Snapshot " + version + " with parent " + parent);
    }
    // sorted: the snapshot's bytes and the migration's order must not depend on discovery order
    steps = steps.stream().sorted(Comparator.comparing(StepDefinition::className)).toList();
    Set<String> classes = new HashSet<>();
    for (StepDefinition step : steps) {
      if (!classes.add(step.className())) {
        throw new IllegalArgumentException("Step " + step.className() + " is listed twice");
      }
    }
  }

  /** A version without hand-written steps. */
  public Snapshot(
      int version, String set, Optional<String> parent, Schema schema, PlanningRules rules) {
    this(version, set, parent, schema, rules, List.of());
  }

  /** A version with hand-written steps, planned under the first rules. */
  public Snapshot(
      int version, String set, Optional<String> parent, Schema schema, List<StepDefinition> steps) {
    this(version, set, parent, schema, PlanningRules.VIEWS_PER_TABLE, steps);
  }

  /** A snapshot planned under the first rules, as every snapshot before Strata 0.2 is. */
  public Snapshot(int version, String set, Optional<String> parent, Schema schema) {
    this(version, set, parent, schema, PlanningRules.VIEWS_PER_TABLE);
  }
}
