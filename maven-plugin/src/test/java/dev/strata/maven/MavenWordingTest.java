package dev.strata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
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

  /**
   * The runtime's refusal of a database newer than the code, as it words it: its advice to start
   * with {@code Configuration.unknownMigrations(UnknownMigrations.REVERT)}, which no goal or
   * property sets, was passed through to the build's failure.
   */
  @Test
  void aDatabaseNewerThanTheCodeNamesTheGoalAloneAndNoJavaSetting() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:wording_newer;DB_CLOSE_DELAY=-1");
    Strata.configure(dataSource).sources(List.of(TestViews.source(2))).load().upgrade();
    Strata older = Strata.configure(dataSource).sources(List.of(TestViews.source(1))).load();

    String refusal = assertThrows(StrataException.class, older::upgrade).getMessage();
    String worded = MavenWording.of(refusal);

    assertTrue(refusal.contains("Configuration.unknownMigrations"), refusal);
    assertTrue(
        worded.contains(
            "revert them (mvn strata:downgrade -Dstrata.set=main -Dstrata.to=1): this build"
                + " reverts them from the downgrades the history stored when they were applied."),
        worded);
    assertFalse(worded.contains("Configuration."), worded);
    assertFalse(worded.contains("UnknownMigrations"), worded);
  }

  @Test
  void aRefreshWithoutConcurrentlyNamesTheProperty() {
    assertEquals(
        "Declare one on its class, or refresh it without -Dstrata.concurrently (which locks out"
            + " its readers while it runs).",
        MavenWording.of(
            "Declare one on its class, or refresh it without concurrently (which locks out its"
                + " readers while it runs)."));
  }
}
