package dev.strata.runtime;

/**
 * The table scenarios on H2, whose DDL commits at once: failed table migrations are undone step by
 * step.
 */
class H2TableTest extends TableScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }
}
