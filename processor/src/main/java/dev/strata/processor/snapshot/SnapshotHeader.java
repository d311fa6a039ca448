package dev.strata.processor.snapshot;

import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.StepDefinition;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a snapshot says about its place in the chain, without its schema: what checking the chain
 * and collecting the steps need, small enough to be kept between builds.
 *
 * @param version the schema version
 * @param set the migration set
 * @param parent the id of the snapshot before it, absent for version 1
 * @param rules the planning rules of its migration
 * @param steps the hand-written steps its migration runs, sorted by class name
 * @param packages the packages of the classes that declare its views and tables, sorted: where the
 *     generated classes go when no view names a package now, known without decoding the schema
 */
public record SnapshotHeader(
    int version,
    String set,
    Optional<String> parent,
    PlanningRules rules,
    List<StepDefinition> steps,
    List<String> packages) {

  public SnapshotHeader {
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(rules, "rules");
    steps = List.copyOf(steps);
    // sorted and distinct: the header is compared with the one a decoded file gives
    packages = List.copyOf(new TreeSet<>(packages));
  }

  public static SnapshotHeader of(Snapshot snapshot) {
    Set<String> packages = new TreeSet<>();
    snapshot.schema().views().forEach(view -> packages.add(packageOf(view.declaredBy())));
    snapshot.schema().tables().forEach(table -> packages.add(packageOf(table.declaredBy())));
    return new SnapshotHeader(
        snapshot.version(),
        snapshot.set(),
        snapshot.parent(),
        snapshot.rules(),
        snapshot.steps(),
        List.copyOf(packages));
  }

  /** What precedes the last dot of a class name; the empty package for a name without one. */
  private static String packageOf(String className) {
    int lastDot = className.lastIndexOf('.');
    return lastDot < 0 ? "" : className.substring(0, lastDot);
  }
}
