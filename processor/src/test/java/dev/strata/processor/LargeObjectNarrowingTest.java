package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import org.junit.jupiter.api.Test;

/**
 * A large object's size ({@code CLOB(n)}) narrows it where MariaDB stores it by size: made smaller,
 * values that do not fit fail the migration; made larger or unsized, nothing is lost.
 */
class LargeObjectNarrowingTest {

  @Test
  void aLargeObjectSizedDownNarrowsAndOneSizedUpOrUnsizedDoesNot() {
    assertTrue(narrows("CLOB", "CLOB(255)"));
    assertTrue(narrows("BLOB(70000)", "BLOB(200)"));
    assertFalse(narrows("CLOB(255)", "CLOB"));
    assertFalse(narrows("CLOB(255)", "CLOB(1000)"));
    assertFalse(narrows("BLOB(200)", "BLOB"));
  }

  private static boolean narrows(String before, String after) {
    return DestructiveChangeReporter.narrows(
        new ColumnDefinition("body", before, true), new ColumnDefinition("body", after, true));
  }
}
