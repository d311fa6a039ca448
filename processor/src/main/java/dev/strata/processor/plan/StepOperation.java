package dev.strata.processor.plan;

/**
 * The calls of hand-written steps: {@code ops.runStep("p.Step", () -> new Step())} in {@code
 * upgrade}, {@code ops.revertStep(...)} in {@code downgrade}. Their checksum text is the step's
 * revision, since its code is not hashed.
 */
public sealed interface StepOperation extends Operation {

  /** The step's canonical class name. */
  String stepClass();

  /** The package of {@link #stepClass()}, which its name alone does not always tell. */
  String packageName();

  int revision();

  @Override
  default String target() {
    return stepClass();
  }

  @Override
  default void writeArguments(Arguments arguments) {
    arguments.step(packageName(), stepClass());
  }

  @Override
  default String checksumText() {
    return "revision " + revision();
  }

  @Override
  default String reason() {
    return "hand-written step, revision " + revision();
  }

  record RunStep(String stepClass, String packageName, int revision) implements StepOperation {}

  record RevertStep(String stepClass, String packageName, int revision) implements StepOperation {}
}
