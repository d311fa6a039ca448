package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The runtime's messages, as the Maven goals tell them: goals and properties, not methods. */
class MavenWordingTest {

  @Test
  void javaMethodsBecomeGoals() {
    assertEquals(
        "Call mvn strata:repair with the code that started it; mvn strata:status shows it.",
        MavenWording.of(
            "Call repair() (strata repair) with the code that started it; status() shows it."));
    assertEquals(
        "this one needs mvn strata:upgrade, mvn strata:downgrade or mvn strata:repair instead.",
        MavenWording.of("this one needs upgrade(), downgrade() or repair() instead."));
  }

  /** The history's advice to revert what a newer build applied, as HistoryVerifier words it. */
  @Test
  void aDowngradeOfASetToAVersionBecomesTheGoalWithItsProperties() {
    assertEquals(
        "Deploy the code that applied them, or revert them (mvn strata:downgrade -Dstrata.set=main"
            + " -Dstrata.to=2): this build reverts them",
        MavenWording.of(
            "Deploy the code that applied them, or revert them (downgrade(\"main\", 2), strata"
                + " downgrade --to 2): this build reverts them"));
  }

  @Test
  void configurationMethodsBecomeProperties() {
    assertEquals(
        "or allow a longer wait with -Dstrata.lockTimeout.",
        MavenWording.of("or allow a longer wait with Configuration.lockTimeout(...)."));
    assertEquals(
        "Choose another history table with -Dstrata.historyTable, or rename that table.",
        MavenWording.of(
            "Choose another history table with Configuration.historyTable(...), or rename that"
                + " table."));
  }

  @Test
  void migrationCodeIsNamedAsItIs() {
    String message = "These statements ran through execute() and cannot be undone";
    assertEquals(message, MavenWording.of(message));
  }
}
