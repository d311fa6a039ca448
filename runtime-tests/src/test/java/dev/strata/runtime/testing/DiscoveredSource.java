package dev.strata.runtime.testing;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import java.util.List;

/**
 * The source registered in the test tree's {@code META-INF/services}, as the processor registers a
 * generated index.
 */
public final class DiscoveredSource implements MigrationSource {

  private final FakeSource delegate = FakeSource.of("discovered", UserViews.all());

  @Override
  public String set() {
    return delegate.set();
  }

  @Override
  public List<MigrationDescriptor> migrations() {
    return delegate.migrations();
  }

  @Override
  public Migration load(int version) {
    return delegate.load(version);
  }
}
