package dev.strata.runtime;

import java.sql.SQLException;

/**
 * A hand-written step of a migration: the data changes that come with a schema change (fill a new
 * column, split a name, move rows before a table goes) or DDL that no annotation describes. The
 * class carries {@code @dev.strata.Step}, which says in which version and where it runs; the
 * generated migration of that version calls it.
 *
 * <pre>{@code
 * @Step(version = 3)
 * public final class BackfillDisplayName implements JavaStep {
 *   public void upgrade(StepContext step) {
 *     step.operations().execute("UPDATE customers SET display_name = name");
 *   }
 *   public void downgrade(StepContext step) {}
 * }
 * }</pre>
 *
 * <p>A step runs in its migration's transaction and must leave it open: Strata commits or rolls
 * back. A step that does not override {@link #downgrade} makes its version irreversible: a
 * downgrade through it is refused before anything is reverted. Where DDL commits at once (H2,
 * MySQL, MariaDB), a run interrupted inside a step runs the step again when resumed, so write it to
 * do no harm the second time ({@code UPDATE ... WHERE display_name IS NULL}).
 */
public interface JavaStep {

  /** Runs the step as its version is applied. */
  void upgrade(StepContext step) throws SQLException;

  /**
   * Reverts the step as its version is reverted. Not overriding it makes the version irreversible;
   * override it with an empty body when the generated downgrade undoes all there is to undo.
   */
  default void downgrade(StepContext step) throws SQLException {
    throw new UnsupportedOperationException(
        getClass().getName() + " has no downgrade: its version cannot be reverted");
  }
}
