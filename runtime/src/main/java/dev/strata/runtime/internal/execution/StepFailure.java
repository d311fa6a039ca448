package dev.strata.runtime.internal.execution;

/**
 * Carries what a hand-written step threw (an unchecked exception, or a class missing at run time)
 * out of a migration's {@code upgrade(ops)}, naming the step: the failure report says which step
 * failed and what to do, not only that the migration's code threw.
 */
final class StepFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param step the step as {@link StepRun#label} names it
   * @param cause what the step threw: an unchecked exception or a {@link LinkageError}
   */
  StepFailure(String step, Throwable cause) {
    super(step + " threw " + cause + ". " + advice(cause), cause);
  }

  private static String advice(Throwable cause) {
    return cause instanceof NoClassDefFoundError
        ? "A class it uses is missing at run time: put the jar that has it on the class path of the"
            + " migration (the command line's -m takes it beside the migrations)."
        : "A step's code is not part of its version's checksum: fix the step and start again.";
  }
}
