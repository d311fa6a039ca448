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
    return "## Targets\n\n" + table + "\n";
  }
}
