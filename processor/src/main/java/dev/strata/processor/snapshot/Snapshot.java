package dev.strata.processor.snapshot;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Schema;
import java.util.Objects;
import java.util.Optional;

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
 */
public record Snapshot(
    int version, String set, Optional<String> parent, Schema schema, PlanningRules rules) {

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
  }

  /** A snapshot planned under the first rules, as every snapshot before Strata 0.2 is. */
  public Snapshot(int version, String set, Optional<String> parent, Schema schema) {
    this(version, set, parent, schema, PlanningRules.VIEWS_PER_TABLE);
  }
}
