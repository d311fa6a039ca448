package dev.strata.processor.model;

/**
 * Where a hand-written step runs in its version's migration; the names are those of {@code
 * dev.strata.Step.Runs}, and the snapshot writes them as they are.
 */
public enum StepPosition {
  /** Before the version's generated operations; reverted after the generated downgrade. */
  BEFORE_GENERATED,
  /** After the version's generated operations; reverted before the generated downgrade. */
  AFTER_GENERATED
}
