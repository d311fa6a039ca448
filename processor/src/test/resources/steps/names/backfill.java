package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** A class named in lower case, which Java allows and conventions do not expect. */
@Step(version = 2)
public final class backfill implements JavaStep {

  @Override
  public void upgrade(StepContext step) {}

  @Override
  public void downgrade(StepContext step) {}
}
