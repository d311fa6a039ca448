package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import org.junit.jupiter.api.Test;

/**
 * A time or timestamp given fewer digits of a second ({@code @Column(secondPrecision)}) keeps fewer
 * of the values' digits without an error (PostgreSQL rounds them, MariaDB cuts them: measured), and
 * one given more, or its zone kept, loses nothing; a plain {@code TIMESTAMP} keeps 6.
 */
class FractionNarrowingTest {

  @Test
  void fewerDigitsOfASecondNarrowAndMoreDoNot() {
    assertTrue(narrows("TIMESTAMP", "TIMESTAMP(3)"));
    assertTrue(narrows("TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP(0) WITH TIME ZONE"));
    assertTrue(narrows("TIME(3)", "TIME(0)"));
    assertFalse(narrows("TIMESTAMP(3)", "TIMESTAMP"));
    assertFalse(narrows("TIMESTAMP(3)", "TIMESTAMP(6)"));
    assertFalse(narrows("TIME(0)", "TIME(2)"));
    assertFalse(narrows("TIME(2) WITH TIME ZONE", "TIME(3) WITH TIME ZONE"));
    // another kind of value: its own narrowing, not the digits'
    assertTrue(narrows("TIMESTAMP(3) WITH TIME ZONE", "TIMESTAMP(3)"));
  }

  @Test
  void fewerDigitsOfASecondAreCutWithoutAnError() {
    assertEquals(Narrowing.FRACTION_CUT, narrowing("TIMESTAMP", "TIMESTAMP(3)"));
    assertEquals(
        Narrowing.FRACTION_CUT, narrowing("TIME(3) WITH TIME ZONE", "TIME(0) WITH TIME ZONE"));
    assertEquals(Narrowing.FRACTION_ROUNDED, narrowing("TIME", "TIME(0)"));
    assertEquals(Narrowing.TIME_DROPPED, narrowing("TIMESTAMP(3)", "DATE"));
  }

  private static boolean narrows(String before, String after) {
    return DestructiveChangeReporter.narrows(column(before), column(after));
  }

  private static Narrowing narrowing(String before, String after) {
    return Narrowing.of(column(before), column(after));
  }

  private static ColumnDefinition column(String type) {
    return new ColumnDefinition("seen", type, true);
  }
}
