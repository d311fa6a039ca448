package dev.strata.runtime.internal.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the sources' indexes become migration sets, each start. */
class SourceValidatorTest {

  private static final MigrationDescriptor V1 = new MigrationDescriptor(1, "One", "c1");
  private static final MigrationDescriptor V2 = new MigrationDescriptor(2, "Two", "c2");
  private static final MigrationDescriptor V3 = new MigrationDescriptor(3, "Three", "c3");

  @Test
  void anIndexListedInVersionOrderIsKeptAsItIsNotCopied() {
    // as the processor generates it: an immutable list, built once per class loader
    List<MigrationDescriptor> generated = List.of(V1, V2, V3);

    MigrationSet set = SourceValidator.validate(List.of(source(generated))).get(0);

    assertSame(generated, set.migrations());
  }

  @Test
  void anIndexListedOutOfOrderIsSortedByVersion() {
    MigrationSet set = SourceValidator.validate(List.of(source(List.of(V3, V1, V2)))).get(0);

    assertEquals(List.of(V1, V2, V3), set.migrations());
  }

  private static MigrationSource source(List<MigrationDescriptor> migrations) {
    return new MigrationSource() {
      @Override
      public String set() {
        return "main";
      }

      @Override
      public List<MigrationDescriptor> migrations() {
        return migrations;
      }

      @Override
      public Migration load(int version) {
        throw new AssertionError("validating loads no migration");
      }
    };
  }
}
