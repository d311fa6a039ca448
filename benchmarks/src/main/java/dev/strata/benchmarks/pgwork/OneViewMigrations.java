package dev.strata.benchmarks.pgwork;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import java.util.ArrayList;
import java.util.List;

/**
 * A migration set of N migrations, version i creating view {@code v<i>}, as the processor would
 * generate them for N {@code @View} classes written one at a time; built in memory so that the
 * runtime alone is measured.
 */
public final class OneViewMigrations implements MigrationSource {

  private final int count;

  public OneViewMigrations(int count) {
    this.count = count;
  }

  /** The query of view {@code v<version>}, the same for raw JDBC and for Strata. */
  public static String query(int version) {
    return "SELECT id, customer_id, amount FROM orders WHERE amount > " + version;
  }

  @Override
  public String set() {
    return "main";
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    List<MigrationDescriptor> all = new ArrayList<>();
    for (int version = 1; version <= count; version++) {
      all.add(new MigrationDescriptor(version, description(version), checksum(version)));
    }
    return all;
  }

  @Override
  public Migration load(int version) {
    if (version < 1 || version > count) {
      throw new IllegalArgumentException("No version " + version + " in " + count);
    }
    return migration(version, description(version), checksum(version));
  }

  /** Version {@code version} of such a set: it creates view {@code v<version>}, and drops it. */
  public static Migration migration(int version, String description, String checksum) {
    return new Migration() {
      @Override
      public int version() {
        return version;
      }

      @Override
      public String description() {
        return description;
      }

      @Override
      public String checksum() {
        return checksum;
      }

      @Override
      public void upgrade(Operations ops) {
        ops.createView("v" + version, query(version));
      }

      @Override
      public void downgrade(Operations ops) {
        ops.dropView("v" + version);
      }
    };
  }

  private static String description(int version) {
    return "Create v" + version;
  }

  private static String checksum(int version) {
    return "checksum-" + version;
  }
}
