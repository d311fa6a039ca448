package dev.strata.benchmarks.warmwork;

import dev.strata.benchmarks.pgwork.OneViewMigrations;
import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A migration set shaped as the processor generates its index: a public class found through {@code
 * META-INF/services}, its descriptors built once per class loader into an immutable list, with
 * 64-character checksums; version i creates view {@code v<i>} as {@link OneViewMigrations} does.
 * Its size is the system property {@value #COUNT}, read when the class is initialised.
 */
public final class IndexedViews implements MigrationSource {

  /** The system property that says how many migrations the set has. */
  static final String COUNT = "warmwork.migrations";

  private static final List<MigrationDescriptor> MIGRATIONS =
      descriptors(Integer.getInteger(COUNT, 1_000));

  @Override
  public String set() {
    return "main";
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return MIGRATIONS;
  }

  @Override
  public Migration load(int version) {
    MigrationDescriptor descriptor = MIGRATIONS.get(version - 1);
    return OneViewMigrations.migration(version, descriptor.description(), descriptor.checksum());
  }

  private static List<MigrationDescriptor> descriptors(int count) {
    List<MigrationDescriptor> all = new ArrayList<>();
    for (int version = 1; version <= count; version++) {
      all.add(new MigrationDescriptor(version, "Create v" + version, checksum(version)));
    }
    return List.copyOf(all);
  }

  // as long as a generated SHA-256 checksum, so that comparing them costs what it costs
  private static String checksum(int version) {
    return String.format(Locale.ROOT, "%064x", version * 2_654_435_761L);
  }
}
