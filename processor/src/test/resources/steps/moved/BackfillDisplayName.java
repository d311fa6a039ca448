package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** BackfillDisplayName, recorded in version 2, declared again for version 3. */
@Step(version = 3)
public final class BackfillDisplayName implements JavaStep {
  @Override
  public void upgrade(StepContext step) {}

  @Override
  public void downgrade(StepContext step) {}
}
