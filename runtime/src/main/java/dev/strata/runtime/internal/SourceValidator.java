package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.StrataException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks the migration sources once, when Strata is loaded: one source per set, versions 1 to n
 * without gaps, and names and checksums that fit the history table's columns.
 */
final class SourceValidator {

  static final int MAX_SET = 100;
  static final int MAX_CHECKSUM = 64;

  private SourceValidator() {}

  /** The sets of {@code sources}, sorted by name. */
  static List<MigrationSet> validate(List<MigrationSource> sources) {
    // sorted: sets are applied in name order
    Map<String, MigrationSet> sets = new TreeMap<>();
    for (MigrationSource source : sources) {
      MigrationSet set = validate(source);
      MigrationSet other = sets.putIfAbsent(set.name(), set);
      if (other != null) {
        throw new StrataException(
            Messages.duplicateSet(set.name(), other.sourceClass(), set.sourceClass()));
      }
    }
    return List.copyOf(sets.values());
  }

  private static MigrationSet validate(MigrationSource source) {
    String className = source.getClass().getName();
    String name = source.set();
    if (name == null || name.isBlank() || name.length() > MAX_SET || !name.equals(name.strip())) {
      throw new StrataException(Messages.invalidSetName(className, name, MAX_SET));
    }
    List<MigrationDescriptor> migrations = new ArrayList<>(source.migrations());
    migrations.sort(Comparator.comparingInt(MigrationDescriptor::version));
    for (int i = 0; i < migrations.size(); i++) {
      MigrationDescriptor migration = migrations.get(i);
      if (migration.version() != i + 1) {
        throw new StrataException(
            migration.version() == i
                ? Messages.duplicateVersion(name, className, i)
                : Messages.missingVersion(name, className, i + 1));
      }
      checkChecksum(name, migration);
    }
    return new MigrationSet(name, source, migrations);
  }

  // a checksum cut to fit its column would never match again: refuse it now
  private static void checkChecksum(String set, MigrationDescriptor migration) {
    if (migration.checksum().length() > MAX_CHECKSUM) {
      throw new StrataException(
          Messages.checksumTooLong(
              Messages.label(set, migration.version(), migration.description()), MAX_CHECKSUM));
    }
  }
}
