package dev.strata.runtime.internal;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the migration classes that must run, and only those, checking each against the index entry
 * that led to it.
 */
final class MigrationLoader {

  private MigrationLoader() {}

  /** Loads every migration before any runs, so that a broken build fails before changing data. */
  static List<LoadedMigration> load(MigrationSet set, List<MigrationDescriptor> descriptors) {
    List<LoadedMigration> loaded = new ArrayList<>();
    for (MigrationDescriptor descriptor : descriptors) {
      loaded.add(load(set, descriptor));
    }
    return loaded;
  }

  private static LoadedMigration load(MigrationSet set, MigrationDescriptor descriptor) {
    String label = Messages.label(set.name(), descriptor.version(), descriptor.description());
    Migration migration;
    try {
      migration = set.source().load(descriptor.version());
    } catch (RuntimeException | LinkageError e) {
      throw new StrataException(Messages.loadFailed(label, set.sourceClass(), e), e);
    }
    if (migration == null) {
      throw new StrataException(Messages.loadFailed(label, set.sourceClass(), null));
    }
    if (migration.version() != descriptor.version()
        || !descriptor.checksum().equals(migration.checksum())) {
      throw new StrataException(
          Messages.indexMismatch(
              label,
              migration.getClass().getName(),
              migration.version(),
              migration.checksum(),
              descriptor.checksum()));
    }
    return new LoadedMigration(set.name(), descriptor, migration);
  }
}
