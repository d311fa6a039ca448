package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** BackfillDisplayName, recorded to run after version 2's operations, moved before them. */
@Step(version = 2, runs = Step.Runs.BEFORE_GENERATED)
public final class BackfillDisplayName implements JavaStep {
  @Override
  public void upgrade(StepContext step) {}

  @Override
  public void downgrade(StepContext step) {}
}
