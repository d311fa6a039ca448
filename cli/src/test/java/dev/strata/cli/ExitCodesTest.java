package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.LockTimeoutException;
import dev.strata.runtime.StrataException;
import org.junit.jupiter.api.Test;

/** The exit codes scripts rely on, by the failure that ends a command. */
class ExitCodesTest {

  @Test
  void aLockTimeoutExitsWithFourAndOtherRuntimeFailuresWithOne() {
    assertEquals(4, ExitCodes.of(new LockTimeoutException("lock held")));
    assertEquals(1, ExitCodes.of(new StrataException("migration failed")));
  }
}
