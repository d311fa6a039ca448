package dev.strata.benchmarks.report;

import java.util.List;

/** The targets, each with the figure that judges it and a plain verdict. */
final class TargetsSection {

  /** Issue 14's table, in its order; a benchmark that measures a new target adds its goal here. */
  static final List<Goal> GOALS =
      List.of(
          StartupGoals.coldOverFloor(Labels.H2_FILE, 20),
          StartupGoals.coldOverFloor(Labels.POSTGRESQL, 20),
          StartupGoals.coldOverFloor(Labels.MARIADB, 20),
          StartupGoals.flywayAboveFloor(Labels.H2_FILE, 25),
          StartupGoals.warmOverFloor(2),
          ApplyGoal.withinRaw(Labels.H2_MEMORY, 1.3),
          ApplyGoal.withinRaw(Labels.POSTGRESQL, 1.3),
          ApplyGoal.withinRaw(Labels.MARIADB, 1.3),
          BuildGoals.firstBuild(0.30),
          BuildGoals.noChangeLongHistory(0.10));

  /** How the verdicts are reached, below the table. */
  static final String HOW_JUDGED =
      AboveFloor.RULE
          + " A start at the floor meets its target, and the verdict says \"at the floor\"."
          + " A missed target's verdict says where the time goes, from the profile of that run"
          + " (sections 4 and 5): each stack sample belongs to the call that Strata (or one of its"
          + " libraries) made and that was running, the first frame above Strata's topmost one that"
          + " is not the JDK's (the database and its driver, with the socket waits under them;"
          + " javac's `Filer`; the rest of javac); to the JDK when only the JDK ran above Strata's"
          + " frame; or to Strata or its libraries when they were executing. The shares of samples"
          + " are applied to the"
          + " medians above, so the milliseconds are estimates (≈). For applying, raw JDBC's whole"
          + " run counts as database and driver time. For the processor, the time outside its"
          + " `init` and `process` (javac compiling the generated sources) and the time inside"
          + " are measured; the profile splits the inside.";

  private final Cells cells;
  private final List<Integer> sizes;

  TargetsSection(Cells cells, List<Integer> sizes) {
    this.cells = cells;
    this.sizes = sizes;
  }

  String render() {
    Table table = new Table("target (issue 14)", "measured", "verdict");
    for (Goal goal : GOALS) {
      table.row(goal.judge(cells, sizes));
    }
    return "## Targets\n\n" + table + "\n" + HOW_JUDGED + "\n\n";
  }
}
