package dev.strata.test;

import dev.strata.runtime.MigrationSource;
import java.util.Optional;
import java.util.Set;

/**
 * The versions a test declared irreversible, checked against the migrations: each must be one whose
 * downgrade the runtime refuses, and each version the runtime would refuse must be declared, so
 * that a forgotten downgrade fails the test instead of shortening the walk unnoticed.
 */
final class IrreversibleVersions {

  private IrreversibleVersions() {}

  /**
   * The lowest version the walk can downgrade to: the highest declared irreversible version, or 0.
   *
   * @throws IllegalArgumentException if the declaration and the migrations disagree
   */
  static int floor(MigrationSource source, Set<Integer> declared) {
    int newest = source.migrations().size();
    int floor = 0;
    for (int version : declared) {
      if (version > newest) {
        throw new IllegalArgumentException(
            "Version " + version + " is declared irreversible, but the newest is " + newest);
      }
      floor = Math.max(floor, version);
    }
    for (int version = 1; version <= newest; version++) {
      Optional<String> why = source.load(version).irreversibleBecause();
      if (why.isPresent() && !declared.contains(version)) {
        throw new IllegalArgumentException(
            "Version "
                + version
                + " of set '"
                + source.set()
                + "' cannot be reverted: "
                + why.get()
                + ". Give it a downgrade, or declare it with irreversible("
                + version
                + "): the kit then reverts only the versions above the highest one declared");
      }
      if (why.isEmpty() && declared.contains(version)) {
        throw new IllegalArgumentException(
            "Version "
                + version
                + " of set '"
                + source.set()
                + "' is declared irreversible, but its migration can be reverted: remove"
                + " irreversible("
                + version
                + ")");
      }
    }
    return floor;
  }
}
