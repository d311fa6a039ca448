package dev.strata.test;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import java.util.List;

/**
 * A module's migrations up to one version only, so that {@code upgrade()} stops there. The runtime
 * on main has no {@code upgrade(target)} yet; once it has, the walk can call that instead.
 */
final class CappedSource implements MigrationSource {

  private final MigrationSource source;
  private final int highest;

  CappedSource(MigrationSource source, int highest) {
    this.source = source;
    this.highest = highest;
  }

  @Override
  public String set() {
    return source.set();
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return source.migrations().stream()
        .filter(migration -> migration.version() <= highest)
        .toList();
  }

  @Override
  public Migration load(int version) {
    if (version > highest) {
      throw new IllegalArgumentException("No migration of version " + version + " below the cap");
    }
    return source.load(version);
  }
}
