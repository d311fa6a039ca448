package dev.strata.runtime.internal.source;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Texts;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the migration classes that must run, and only those, checking each against the index entry
 * that led to it.
 */
public final class MigrationLoader {

  private MigrationLoader() {}

  /** Loads every migration before any runs, so that a broken build fails before changing data. */
  public static List<LoadedMigration> load(
      MigrationSet set, List<MigrationDescriptor> descriptors) {
    List<LoadedMigration> loaded = new ArrayList<>();
    for (MigrationDescriptor descriptor : descriptors) {
      loaded.add(load(set, descriptor));
    }
    return List.copyOf(loaded);
  }

  private static LoadedMigration load(MigrationSet set, MigrationDescriptor descriptor) {
    Migration migration;
    try {
      migration = set.source().load(descriptor.version());
    } catch (RuntimeException | LinkageError e) {
      throw new StrataException(loadFailed(label(set, descriptor), set.sourceClass(), e), e);
    }
    if (migration == null) {
      throw new StrataException(loadFailed(label(set, descriptor), set.sourceClass(), null));
    }
    if (migration.version() != descriptor.version()
        || !descriptor.checksum().equals(migration.checksum())) {
      throw new StrataException(
          indexMismatch(label(set, descriptor), migration, descriptor.checksum()));
    }
    return new LoadedMigration(set.name(), descriptor, migration);
  }

  // made for a failure only: a run loads every pending migration
  private static String label(MigrationSet set, MigrationDescriptor descriptor) {
    return Texts.label(set.name(), descriptor.version(), descriptor.description());
  }

  private static String loadFailed(String label, String sourceClass, Throwable cause) {
    return "Could not load migration "
        + label
        + " from "
        + sourceClass
        + ": "
        + (cause == null ? "load returned null" : cause.toString())
        + ". Its index lists a class that the classpath lacks: rebuild that module.";
  }

  private static String indexMismatch(String label, Migration migration, String indexed) {
    return "Migration class "
        + migration.getClass().getName()
        + " loaded for "
        + label
        + " reports version "
        + migration.version()
        + " and checksum "
        + migration.checksum()
        + ", but the index lists checksum "
        + indexed
        + ": they come from different builds. Rebuild that module (mvn clean install).";
  }
}
