package dev.strata.runtime;

import java.util.Objects;

/**
 * What the runtime knows about a migration without loading its class: the data a {@link
 * MigrationSource} lists, so that a start with nothing pending loads no migration class.
 *
 * @param version the schema version the migration leads to, starting at 1
 * @param description a short human description, such as {@code "Create active_users"}
 * @param checksum the hash of the migration's normalised operations
 */
public record MigrationDescriptor(int version, String description, String checksum) {

  public MigrationDescriptor {
    if (version < 1) {
      throw new IllegalArgumentException("Migration versions start at 1, got " + version);
    }
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(checksum, "checksum");
  }
}
