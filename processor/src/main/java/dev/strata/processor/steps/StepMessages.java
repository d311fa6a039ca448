package dev.strata.processor.steps;

import java.nio.file.Path;

/** The texts of the step checks: what is wrong with a hand-written step, and what to do. */
public final class StepMessages {

  static final String NOT_A_CLASS =
      "@Step goes on a class that implements dev.strata.runtime.JavaStep, not on an interface,"
          + " enum, record or annotation";

  static final String NOT_PUBLIC =
      "A @Step class must be public, and if nested, static inside public classes: the generated"
          + " migration creates it with new";

  static final String ABSTRACT =
      "A @Step class must not be abstract: the generated migration" + " creates it with new";

  static final String NOT_A_JAVA_STEP =
      "A @Step class must implement dev.strata.runtime.JavaStep, whose upgrade(StepContext) the"
          + " generated migration calls";

  static final String NO_RUNTIME =
      "@Step classes implement dev.strata.runtime.JavaStep, which is not on the class path: add the"
          + " strata-runtime dependency";

  static final String NO_CONSTRUCTOR =
      "A @Step class needs a public constructor without parameters: the generated migration"
          + " creates it with new";

  private StepMessages() {}

  static String unnamedPackage(String simpleName) {
    return "A @Step class must be in a named package: the generated migrations are in one, and"
        + " Java code there cannot refer to a class of the unnamed package. Move "
        + simpleName
        + " into a package";
  }

  static String badRevision(int revision) {
    return "@Step revision is "
        + revision
        + ": revisions start at 1; raise it by one when a change"
        + " to the step matters to databases that already ran it";
  }

  static String noSuchVersion(int version, int newest) {
    return "@Step version "
        + version
        + " does not exist: the newest recorded version is "
        + newest
        + ", so a new step takes version "
        + (newest + 1)
        + ", which this build records";
  }

  static String versionAlreadyRecorded(int version, Path file, int newest) {
    return "@Step version "
        + version
        + " is already recorded ("
        + file.getFileName()
        + ") without this step, and a recorded version never gains one: databases may have"
        + " applied it. Use version = "
        + (newest + 1)
        + ", which this build records";
  }

  static String attachedTwice(String className, int recorded, Path file, int declared) {
    return "Step "
        + className
        + " is recorded in version "
        + recorded
        + " ("
        + file.getFileName()
        + "), so it cannot also run in version "
        + declared
        + ": a recorded step stays in its version. Set version = "
        + recorded
        + "; for work to run again in a later version, write another step class";
  }

  static String positionChanged(String className, String recorded, Path file, String declared) {
    return "Step "
        + className
        + " is recorded to run "
        + recorded
        + " ("
        + file.getFileName()
        + "), not "
        + declared
        + ": databases ran it there. Set runs = Step.Runs."
        + recorded
        + ", or write another step class for the new place";
  }

  static String constrainedBeforeStep(int version, String table, String column, String step) {
    return "Version "
        + version
        + " makes column "
        + table
        + "."
        + column
        + " NOT NULL before step "
        + step
        + " runs (AFTER_GENERATED): a row whose "
        + column
        + " is NULL fails the constraint before the step can fill it. To fill the column, use"
        + " runs = Step.Runs.BEFORE_GENERATED: delete the snapshot of version "
        + version
        + ", which no database has applied yet, and compile again";
  }

  public static String notRecordedInCheck(String className, int version) {
    return "-Astrata.check: step "
        + className
        + " of version "
        + version
        + " is not recorded yet: build without -Astrata.check and commit the new snapshot";
  }

  static String recordedClassGone(String className, int version, Path file) {
    return "Version "
        + version
        + " ("
        + file.getFileName()
        + ") runs hand-written step "
        + className
        + ", which is not on the class path: its migration calls it, on every database that"
        + " upgrades through version "
        + version
        + ". Restore the class (moved classes keep their old name until the version is folded"
        + " away)";
  }

  static String recordedWithoutAnnotation(String className, int version, Path file) {
    return "Version "
        + version
        + " ("
        + file.getFileName()
        + ") runs hand-written step "
        + className
        + ", which no longer carries @Step: put back @Step(version = "
        + version
        + ")";
  }
}
