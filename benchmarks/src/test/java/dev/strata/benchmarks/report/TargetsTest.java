package dev.strata.benchmarks.report;

import static dev.strata.benchmarks.report.AboveFloorTest.millis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The verdicts of the Targets table: a start at the floor meets its target in those words, and a
 * missed target says where its time goes. The figures are RESULTS.md's of 2026-12-02.
 */
class TargetsTest {

  private static final List<Integer> SIZES = List.of(1000);

  private final Results results = new Results();
  private final Cells cells = new Cells(results);

  @Test
  void aColdStartFasterThanTheFloorMeetsItsTargetAtTheFloor() {
    coldH2();

    List<String> row = StartupGoals.coldOverFloor(Labels.H2_FILE, 20).judge(cells, SIZES);

    assertTrue(row.get(1).contains("**at the floor (-53.0 ms)**"), row.get(1));
    assertEquals("met: at the floor", row.get(2));
  }

  @Test
  void flywaysFactorOverAStartAtTheFloorIsNoNumber() {
    coldH2();

    List<String> row = StartupGoals.flywayAboveFloor(Labels.H2_FILE, 25).judge(cells, SIZES);

    // the report printed 76460.8× here: 764 ms over a floor of 0.01 ms put in for -53 ms
    assertTrue(
        row.get(1).startsWith("H2 (file): **Strata at the floor (Flyway 764 ms"), row.get(1));
    assertFalse(row.get(1).contains("×"), row.get(1));
    assertEquals("met: at the floor", row.get(2));
  }

  @Test
  void aStartAboveTheFloorsSpreadIsJudgedByItsTimeAboveTheFloor() {
    add(Labels.COLD, Labels.H2_FILE, 1000, StartupSection.FLOOR, millis(779, 842, 868));
    add(Labels.COLD, Labels.H2_FILE, 1000, StartupSection.STRATA, millis(892, 902, 912));
    add(Labels.COLD, Labels.H2_FILE, 1000, StartupSection.FLYWAY, millis(2242, 2342, 2442));

    assertEquals(
        "**missed**", StartupGoals.coldOverFloor(Labels.H2_FILE, 20).judge(cells, SIZES).get(2));
    List<String> factor = StartupGoals.flywayAboveFloor(Labels.H2_FILE, 25).judge(cells, SIZES);
    assertTrue(factor.get(1).startsWith("H2 (file): **25.0× (Flyway 1,500 ms"), factor.get(1));
    assertEquals("met", factor.get(2));
  }

  @Test
  void missedApplyingSaysHowMuchOfItWaitsOnTheDatabase() {
    add(Labels.APPLY, Labels.POSTGRESQL, 1000, ApplySection.RAW, millis(927, 1034, 1141));
    add(Labels.APPLY, Labels.POSTGRESQL, 1000, "Strata", millis(1744, 1875, 2006));
    results.fact(
        Labels.ownersOf("applyProfile." + Labels.POSTGRESQL), "DATABASE=84,STRATA=4,JDK=12");

    String verdict = ApplyGoal.withinRaw(Labels.POSTGRESQL, 1.3).judge(cells, SIZES).get(2);

    assertEquals(
        "**missed**: profile at N = 1000, Strata's 1,875 ms: database and driver 84.0 % ≈ 1,575"
            + " ms, Strata 4.0 % ≈ 75.0 ms, the JDK, called by Strata 12.0 % ≈ 225 ms. Raw"
            + " JDBC's whole run is 1,034 ms, so of the 841 ms Strata adds, ≈ 541 ms is database"
            + " and driver time (more statements and commits than raw JDBC's) and ≈ 300 ms is"
            + " Strata and the JDK it calls",
        verdict);
  }

  @Test
  void missedProcessorSplitsWhatItAddsIntoJavacTheFilerAndItsOwnCode() {
    compile(Labels.FIRST_BUILD, 1821, 4338, 1743);
    results.fact(
        Labels.ownersOf("profile.first-1000"), "FILER=30,JAVAC=10,LIBRARY=10,STRATA=10,JDK=40");

    String verdict = BuildGoals.firstBuild(0.30).judge(cells, SIZES).get(2);

    assertEquals(
        "**missed**: of the 2,517 ms Strata adds, javac compiling the generated sources (and its"
            + " extra round) 774 ms, inside the processor 1,743 ms; by the profile, inside it the"
            + " processor's own code 60.0 % ≈ 1,046 ms (Jackson, JSqlParser, JavaPoet 10.0 % ≈ 174"
            + " ms, Strata 10.0 % ≈ 174 ms, the JDK, called by Strata 40.0 % ≈ 697 ms), javac's"
            + " Filer 30.0 % ≈ 523 ms, javac's model 10.0 % ≈ 174 ms",
        verdict);
  }

  @Test
  void aMissedTargetWithoutItsProfileSaysTheProfileIsMissing() {
    compile(Labels.NO_CHANGE_LONG_HISTORY, 3283, 9610, 3187);

    assertEquals(
        "**missed** (no profile of it in this run)",
        BuildGoals.noChangeLongHistory(0.10).judge(cells, SIZES).get(2));
  }

  private void coldH2() {
    add(Labels.COLD, Labels.H2_FILE, 1000, StartupSection.FLOOR, millis(779, 830, 842, 850, 868));
    add(Labels.COLD, Labels.H2_FILE, 1000, StartupSection.STRATA, millis(716, 760, 789, 800, 831));
    add(
        Labels.COLD,
        Labels.H2_FILE,
        1000,
        StartupSection.FLYWAY,
        millis(1531, 1590, 1606, 1650, 1716));
  }

  private void compile(String build, long plain, long withStrata, long inside) {
    add(Labels.COMPILE, build, 1000, Labels.PLAIN_JAVAC, millis(plain));
    add(Labels.COMPILE, build, 1000, Labels.JAVAC_WITH_STRATA, millis(withStrata));
    add(Labels.COMPILE, build, 1000, Labels.INSIDE_PROCESSOR, millis(inside));
  }

  private void add(String benchmark, String database, int size, String variant, Samples time) {
    results.add(new Measurement(benchmark, database, size, variant, time, Optional.empty()));
  }
}
