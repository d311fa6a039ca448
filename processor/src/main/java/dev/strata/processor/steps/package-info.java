/**
 * Hand-written steps at compile time: {@code @Step} classes found in the round and on the class
 * path ({@link dev.strata.processor.steps.StepCollector}), checked against the snapshot history
 * ({@link dev.strata.processor.steps.StepValidator}), and resolved into the calls each version's
 * migration makes ({@link dev.strata.processor.steps.ChainSteps}). Touches {@code
 * javax.lang.model}.
 */
package dev.strata.processor.steps;
