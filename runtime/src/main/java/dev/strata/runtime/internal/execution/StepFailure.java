package dev.strata.runtime.internal.execution;

import java.sql.SQLException;

/**
 * Carries what a hand-written step threw (an unchecked exception, or a class missing at run time),
 * or the aborted transaction it left, out of a migration's {@code upgrade(ops)}, naming the step:
 * the failure report says which step failed and what to do, not only that the migration's code
 * threw or that the next statement failed.
 */
final class StepFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private StepFailure(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * @param step the step as {@link StepRun#label} names it
   * @param cause what the step threw: an unchecked exception or a {@link LinkageError}
   */
  static StepFailure threw(String step, Throwable cause) {
    return new StepFailure(step + " threw " + cause + "." + advice(cause), cause);
  }

  /**
   * The step's constructor threw, or its class, or one its constructor uses, is missing at run
   * time.
   *
   * @param step the step as {@link StepRun#label} names it
   * @param cause what creating it threw: any exception, or a {@link LinkageError}
   */
  static StepFailure notCreated(String step, Throwable cause) {
    String why = cause instanceof LinkageError ? "" : "its constructor threw ";
    return new StepFailure(
        step + " could not be created: " + why + cause + "." + advice(cause), cause);
  }

  /**
   * The step returned normally, but PostgreSQL refuses every statement after it: one of the step's
   * own failed, and the step caught the exception.
   *
   * @param step the step as {@link StepRun#label} names it
   * @param cause the database's refusal of the statement run after the step
   */
  static StepFailure leftTransactionAborted(String step, SQLException cause) {
    return new StepFailure(
        step
            + " returned after one of its statements failed, which left PostgreSQL's transaction"
            + " aborted: no later statement of the migration can run. Let the step throw the"
            + " SQLException, or run a statement that may fail between"
            + " connection().setSavepoint() and rollback(savepoint).",
        cause);
  }

  /**
   * The step returned, and the run's session no longer holds the migration lock: SQL of the step
   * released it on the connection they share ({@code RELEASE_LOCK} of a name it computed, a routine
   * that does), and another instance may be migrating the same database now.
   *
   * @param step the step as {@link StepRun#label} names it
   * @param lock the lock as {@link dev.strata.runtime.internal.lock.SessionLock#notHeld} names it
   */
  static StepFailure releasedLock(String step, String lock) {
    return new StepFailure(
        step
            + " released the migration lock, the "
            + lock
            + " that Strata holds on the step's connection for the whole run: another instance"
            + " could be applying the same migrations now. Take out of the step what releases"
            + " it (RELEASE_LOCK or RELEASE_ALL_LOCKS, also in a routine it calls), and release"
            + " only locks of your own, each by its name.",
        null);
  }

  // the failure report ends with starting again once the step is fixed (FailureReport)
  private static String advice(Throwable cause) {
    return cause instanceof NoClassDefFoundError
        ? " A class it uses is missing at run time: put the jar that has it on the class path of"
            + " the migration (the command line's -m takes it beside the migrations)."
        : "";
  }
}
