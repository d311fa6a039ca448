package dev.strata.processor.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the writer needs to emit one migration class.
 *
 * @param version the schema version the migration leads to
 * @param description a short human description, such as {@code Create active_users}
 * @param summary the changes counted rather than named, such as {@code Create 2 views and 1 table}:
 *     a class name when the description would make too long a one
 * @param upgrade the operations from {@code version - 1} to {@code version}, in a safe order
 * @param downgrade the operations from {@code version} back to {@code version - 1}
 * @param checksum a SHA-256 of both operation lists, which the runtime records and verifies
 * @param irreversibleBecause why the migration cannot be reverted (a hand-written step without a
 *     downgrade), empty when it can
 */
public record MigrationPlan(
    int version,
    String description,
    String summary,
    List<Operation> upgrade,
    List<Operation> downgrade,
    String checksum,
    Optional<String> irreversibleBecause) {

  public MigrationPlan {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(irreversibleBecause, "irreversibleBecause");
    upgrade = List.copyOf(upgrade);
    downgrade = List.copyOf(downgrade);
  }

  /** A plan that can be reverted. */
  public MigrationPlan(
      int version,
      String description,
      String summary,
      List<Operation> upgrade,
      List<Operation> downgrade,
      String checksum) {
    this(version, description, summary, upgrade, downgrade, checksum, Optional.empty());
  }
}
