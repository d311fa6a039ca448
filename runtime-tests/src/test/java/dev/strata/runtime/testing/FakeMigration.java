package dev.strata.runtime.testing;

import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;
import java.util.function.Consumer;

/** A hand-made migration, standing in for one the processor would generate. */
public final class FakeMigration implements Migration {

  private final int version;
  private final String description;
  private final String checksum;
  private final Consumer<Operations> upgrade;
  private final Consumer<Operations> downgrade;

  public FakeMigration(
      int version,
      String description,
      String checksum,
      Consumer<Operations> upgrade,
      Consumer<Operations> downgrade) {
    this.version = version;
    this.description = description;
    this.checksum = checksum;
    this.upgrade = upgrade;
    this.downgrade = downgrade;
  }

  public static FakeMigration of(
      int version, String description, Consumer<Operations> upgrade, Consumer<Operations> down) {
    return new FakeMigration(version, description, "checksum-" + version, upgrade, down);
  }

  public FakeMigration withChecksum(String newChecksum) {
    return new FakeMigration(version, description, newChecksum, upgrade, downgrade);
  }

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
    upgrade.accept(ops);
  }

  @Override
  public void downgrade(Operations ops) {
    downgrade.accept(ops);
  }
}
