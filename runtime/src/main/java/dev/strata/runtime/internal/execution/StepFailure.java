package dev.strata.runtime.internal.execution;

/**
 * Carries what a hand-written step threw out of a migration's {@code upgrade(ops)}, naming the
 * step: the failure report says which step failed, not only that the migration's code threw.
 */
final class StepFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param step the step as {@link StepRun#label} names it
   * @param cause what the step threw
   */
  StepFailure(String step, RuntimeException cause) {
    super(
        step
            + " threw "
            + cause
            + ". A step's code is not part of its version's checksum: fix the step and start"
            + " again.",
        cause);
  }
}
