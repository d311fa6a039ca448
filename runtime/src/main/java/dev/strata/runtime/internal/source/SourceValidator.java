package dev.strata.runtime.internal.source;

import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.StrataException;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.history.HistoryColumns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;

/**
 * Checks the migration sources once, when Strata is loaded: one source per set, versions 1 to n
 * without gaps, and names and checksums that fit the history table's columns.
 */
public final class SourceValidator {

  private SourceValidator() {}

  /** The sets of {@code sources}, sorted by name. */
  public static List<MigrationSet> validate(List<MigrationSource> sources) {
    // sorted: sets are applied in name order
    Map<String, MigrationSet> sets = new TreeMap<>();
    for (MigrationSource source : sources) {
      MigrationSet set = validate(source);
      MigrationSet other = sets.putIfAbsent(set.name(), set);
      if (other != null) {
        throw new StrataException(duplicateSet(set.name(), other.sourceClass(), set.sourceClass()));
      }
    }
    return List.copyOf(sets.values());
  }

  private static MigrationSet validate(MigrationSource source) {
    String className = source.getClass().getName();
    String name = source.set();
    if (name == null
        || name.isBlank()
        || name.length() > HistoryColumns.MAX_SET
        || !name.equals(name.strip())) {
      throw new StrataException(invalidSetName(className, name));
    }
    List<MigrationDescriptor> migrations = inVersionOrder(source.migrations());
    for (int i = 0; i < migrations.size(); i++) {
      MigrationDescriptor migration = migrations.get(i);
      if (migration.version() != i + 1) {
        throw new StrataException(
            migration.version() == i
                ? duplicateVersion(name, className, i)
                : missingVersion(name, className, i + 1));
      }
      checkChecksum(name, migration);
    }
    return new MigrationSet(name, source, migrations);
  }

  /**
   * {@code migrations} sorted by version: as given when they are in order already, as a generated
   * index lists them, so that a start copies nothing (and {@link MigrationSet} keeps an immutable
   * list as it is).
   */
  private static List<MigrationDescriptor> inVersionOrder(List<MigrationDescriptor> migrations) {
    boolean sorted = migrations instanceof RandomAccess;
    for (int i = 1; sorted && i < migrations.size(); i++) {
      sorted = migrations.get(i - 1).version() <= migrations.get(i).version();
    }
    if (!sorted) {
      List<MigrationDescriptor> copy = new ArrayList<>(migrations);
      copy.sort(Comparator.comparingInt(MigrationDescriptor::version));
      return copy;
    }
    return migrations;
  }

  // a checksum cut to fit its column would never match again: refuse it now
  private static void checkChecksum(String set, MigrationDescriptor migration) {
    if (migration.checksum().length() > HistoryColumns.MAX_CHECKSUM) {
      throw new StrataException(
          checksumTooLong(Texts.label(set, migration.version(), migration.description())));
    }
  }

  private static String duplicateSet(String set, String firstClass, String secondClass) {
    return "Migration set "
        + set
        + " is provided by both "
        + firstClass
        + " and "
        + secondClass
        + ": each set is the history of one module. Give one module another set name"
        + " (-Astrata.set=NAME), or remove the stale jar from the classpath.";
  }

  private static String invalidSetName(String sourceClass, String set) {
    return sourceClass
        + " names its migration set '"
        + set
        + "': a set name is not blank, has no surrounding spaces and at most "
        + HistoryColumns.MAX_SET
        + " characters. Rebuild that module with a valid -Astrata.set=NAME.";
  }

  private static String missingVersion(String set, String sourceClass, int version) {
    return "Migration set "
        + set
        + " ("
        + sourceClass
        + ") has no version "
        + version
        + ": versions must run from 1 without gaps. Rebuild the module so that the processor"
        + " regenerates its migrations from the snapshot chain.";
  }

  private static String duplicateVersion(String set, String sourceClass, int version) {
    return "Migration set "
        + set
        + " ("
        + sourceClass
        + ") lists version "
        + version
        + " twice. Rebuild the module so that the processor regenerates its migrations from the"
        + " snapshot chain.";
  }

  private static String checksumTooLong(String label) {
    return "Migration "
        + label
        + " has a checksum longer than the history table's "
        + HistoryColumns.MAX_CHECKSUM
        + " characters. Rebuild its module with a Strata processor that matches this runtime.";
  }
}
