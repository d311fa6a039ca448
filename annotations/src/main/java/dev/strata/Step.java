package dev.strata;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a hand-written step: Java code that the generated migration of one version runs, before
 * or after that version's generated operations. The class implements {@code
 * dev.strata.runtime.JavaStep}, is public and has a public constructor without parameters.
 *
 * <pre>{@code
 * @Step(version = 3)   // runs after version 3 adds the column, before it becomes NOT NULL
 * public final class BackfillDisplayName implements JavaStep {
 *   public void upgrade(StepContext step) {
 *     step.operations().execute("UPDATE customers SET display_name = name");
 *   }
 *   public void downgrade(StepContext step) {}   // the generated downgrade drops the column
 * }
 * }</pre>
 *
 * <p>The build that records {@code version} records the step in that version's snapshot, and every
 * later build generates the call from there. A step joins the version being recorded (the newest
 * snapshot's plus one), on its own if nothing else changed; a version already recorded never gains
 * or loses a step, and a recorded step keeps its version and its {@code runs}. Its code is not
 * hashed: raise {@link #revision()} when a change to it matters to databases that already ran it,
 * so that they report the changed checksum as for any other change of an applied migration.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Step {

  /** The version whose migration runs the step: the next one when the step is written. */
  int version();

  /** Where in the version's migration the step runs. */
  Runs runs() default Runs.AFTER_GENERATED;

  /**
   * The revision of the step's code, part of the migration's checksum; raise it when the step
   * changes in a way that databases which ran the version must hear of.
   */
  int revision() default 1;

  /** Where a step runs in its version's migration. */
  enum Runs {
    /**
     * Before the version's generated operations, on the previous version's schema; its downgrade
     * runs after the generated downgrade, on that schema again.
     */
    BEFORE_GENERATED,
    /**
     * After the version's generated operations, on the new schema; except that the columns the
     * version adds as NOT NULL are added nullable and constrained after the step, so that the step
     * can fill them. Its downgrade runs first in the generated downgrade.
     */
    AFTER_GENERATED
  }
}
