package dev.strata.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * When a tool's time above the floor is the floor's own noise; the samples are those of
 * RESULTS.md's cold starts at N = 1000, in milliseconds.
 */
class AboveFloorTest {

  private static final Samples H2_FLOOR = millis(779, 830, 842, 850, 868);
  private static final Samples POSTGRESQL_FLOOR = millis(246, 255, 264, 290, 311);

  @Test
  void aToolFasterThanTheFloorIsAtTheFloor() {
    AboveFloor strata = new AboveFloor(millis(716, 760, 789, 800, 831), H2_FLOOR);

    assertTrue(strata.atFloor());
    assertEquals(-53, strata.millis(), 1e-9);
    assertEquals("at the floor (-53.0 ms)", strata.text());
  }

  @Test
  void aToolAboveTheFloorsMedianButWithinItsSpreadIsAtTheFloor() {
    AboveFloor strata = new AboveFloor(millis(260, 270, 281, 283, 284), POSTGRESQL_FLOOR);

    assertTrue(strata.atFloor());
    assertEquals(17, strata.millis(), 1e-9);
  }

  @Test
  void aToolSlowerThanTheFloorsSlowestSampleIsAboveIt() {
    AboveFloor flyway = new AboveFloor(millis(1531, 1590, 1606, 1650, 1716), H2_FLOOR);

    assertFalse(flyway.atFloor());
    assertEquals("764 ms", flyway.text());
  }

  @Test
  void oneFloorSampleLeavesNoSpread() {
    Samples floor = millis(100);

    assertTrue(new AboveFloor(millis(100), floor).atFloor());
    assertFalse(new AboveFloor(millis(101), floor).atFloor());
  }

  @Test
  void theFactorAboveTheFloorDividesOnlyWhatIsAboveIt() {
    Samples floor = millis(100, 100, 100);
    AboveFloor flyway = new AboveFloor(millis(400, 400, 400), floor);
    AboveFloor strata = new AboveFloor(millis(110, 110, 110), floor);

    assertEquals("30.0×", AboveFloor.factor("Flyway", flyway, strata));
  }

  @Test
  void noFactorOfAToolAtTheFloor() {
    AboveFloor flyway = new AboveFloor(millis(1531, 1590, 1606, 1650, 1716), H2_FLOOR);
    AboveFloor strata = new AboveFloor(millis(716, 760, 789, 800, 831), H2_FLOOR);
    AboveFloor flywayAtTheFloor = new AboveFloor(millis(800, 820, 840), H2_FLOOR);

    assertEquals("Strata at the floor", AboveFloor.factor("Flyway", flyway, strata));
    assertEquals("both at the floor", AboveFloor.factor("Flyway", flywayAtTheFloor, strata));
  }

  static Samples millis(long... values) {
    return new Samples(Arrays.stream(values).map(v -> v * 1_000_000).boxed().toList());
  }
}
