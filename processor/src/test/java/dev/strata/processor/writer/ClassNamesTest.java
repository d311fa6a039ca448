package dev.strata.processor.writer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.plan.MigrationPlan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated class names: readable, bounded, derived from the description or its summary. */
class ClassNamesTest {

  @Test
  void aMigrationIsNamedAfterItsDescription() {
    assertEquals(
        "V0007_CreateCReplaceADropB",
        ClassNames.migration(plan(7, "Create c, replace a, drop b", "Change 3 views")));
  }

  @Test
  void aLongDescriptionGivesWayToTheSummary() {
    MigrationPlan plan =
        plan(
            1,
            "Create customer_totals and table customers and table orders",
            "Create 1 view and 2 tables");

    assertEquals("V0001_Create1ViewAnd2Tables", ClassNames.migration(plan));
  }

  @Test
  void namesStayWithinTheCap() {
    String description = "Create " + "very_long_view_name_".repeat(4);

    String name = ClassNames.migration(plan(12, description, "Create 1 view"));

    assertEquals("V0012_Create1View", name);
  }

  @Test
  void anIndexIsNamedAfterItsSet() {
    assertEquals("MainMigrationIndex", ClassNames.index("main"));
    assertEquals("ReportingV2MigrationIndex", ClassNames.index("reporting-v2"));
  }

  private static MigrationPlan plan(int version, String description, String summary) {
    return new MigrationPlan(version, description, summary, List.of(), List.of(), "0".repeat(64));
  }
}
