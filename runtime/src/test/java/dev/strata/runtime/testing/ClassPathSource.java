package dev.strata.runtime.testing;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import java.util.List;

/**
 * A migration index that refers to the public API only, so that {@code ModulePathTest} can load it
 * outside the runtime's module, where a user's generated index lives; its one migration is itself.
 */
public final class ClassPathSource implements MigrationSource, Migration {

  @Override
  public String set() {
    return "classpath";
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return List.of(new MigrationDescriptor(version(), description(), checksum()));
  }

  @Override
  public Migration load(int version) {
    return this;
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public String description() {
    return "Create module_check";
  }

  @Override
  public String checksum() {
    return "module-check";
  }

  @Override
  public void upgrade(Operations ops) {
    ops.createView("module_check", "SELECT 1");
  }

  @Override
  public void downgrade(Operations ops) {
    ops.dropView("module_check");
  }
}
