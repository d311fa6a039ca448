package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import org.junit.jupiter.api.Test;

/**
 * A column of an enum stored by name narrows where a constant goes or its length shrinks: the rows
 * holding the constant, or a name longer than the new length, fail the migration on PostgreSQL's
 * {@code varchar}; a constant added with a longer length refuses no row.
 */
class EnumNarrowingTest {

  @Test
  void aConstantAddedWithALongerLengthNarrowsNothing() {
    assertFalse(narrows("ENUM('A','B')(16)", "ENUM('A','B','C')(24)"));
    assertFalse(narrows("ENUM('A','B')", "ENUM('A','B','C')"));
    assertFalse(
        narrows("varchar(20) AS GIVEN ENUM('A','B')", "varchar(40) AS GIVEN ENUM('A','B','C')"));
  }

  @Test
  void aConstantTakenAwayOrAShorterLengthNarrows() {
    assertTrue(narrows("ENUM('A','B')(16)", "ENUM('A')(24)"));
    assertTrue(narrows("ENUM('A','B')(24)", "ENUM('A','B','C')(16)"));
    assertTrue(
        narrows("varchar(40) AS GIVEN ENUM('A','B')", "varchar(20) AS GIVEN ENUM('A','B','C')"));
    // another type around the values: not a change of constants alone
    assertTrue(narrows("varchar(40) AS GIVEN ENUM('A')", "char(40) AS GIVEN ENUM('A','B')"));
  }

  private static boolean narrows(String before, String after) {
    return DestructiveChangeReporter.narrows(column(before), column(after));
  }

  private static ColumnDefinition column(String type) {
    return new ColumnDefinition("status", type, true);
  }
}
