package dev.strata.runtime.testing;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-made migration index, standing in for the generated one; it counts the migration classes
 * it is asked to load.
 */
public final class FakeSource implements MigrationSource {

  private final String set;
  private final List<Migration> migrations;
  private final List<MigrationDescriptor> descriptors;
  private final List<Integer> loaded = new ArrayList<>();

  public FakeSource(String set, List<Migration> migrations, List<MigrationDescriptor> descriptors) {
    this.set = set;
    this.migrations = List.copyOf(migrations);
    this.descriptors = List.copyOf(descriptors);
  }

  /** An index that describes its migrations truthfully. */
  public static FakeSource of(String set, List<? extends Migration> migrations) {
    List<MigrationDescriptor> descriptors =
        migrations.stream()
            .map(m -> new MigrationDescriptor(m.version(), m.description(), m.checksum()))
            .toList();
    return new FakeSource(set, List.copyOf(migrations), descriptors);
  }

  @Override
  public String set() {
    return set;
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return descriptors;
  }

  @Override
  public synchronized Migration load(int version) {
    loaded.add(version);
    return migrations.stream()
        .filter(m -> m.version() == version)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No version " + version + " in " + set));
  }

  /** The versions whose class was loaded, in the order asked. */
  public synchronized List<Integer> loaded() {
    return List.copyOf(loaded);
  }
}
