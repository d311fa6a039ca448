package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** The step of version 2 changed after databases ran it, and says so with a new revision. */
@Step(version = 2, revision = 2)
public final class BackfillDisplayName implements JavaStep {

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET display_name = LOWER(name)");
  }

  @Override
  public void downgrade(StepContext step) {}
}
