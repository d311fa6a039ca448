package dev.strata.processor.cache;

import java.util.List;
import java.util.Objects;

/**
 * One generated migration as an earlier build wrote it, with what the index and the originating
 * elements need, so that a version whose inputs did not change is not planned again.
 *
 * @param key the hash of everything the source was generated from ({@link MigrationKey})
 * @param version the version the migration leads to
 * @param description its description, as the index lists it
 * @param className its simple class name
 * @param checksum its checksum, as the index lists it
 * @param changes the names of the views and tables the version changes, in the order of its changes
 * @param source the whole generated source text
 */
public record CachedMigration(
    String key,
    int version,
    String description,
    String className,
    String checksum,
    List<String> changes,
    String source) {

  public CachedMigration {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(checksum, "checksum");
    Objects.requireNonNull(source, "source");
    changes = List.copyOf(changes);
  }
}
