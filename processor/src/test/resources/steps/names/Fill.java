package com.Acme.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** In a package with a capital letter, which Java allows and conventions do not expect. */
@Step(version = 2)
public final class Fill implements JavaStep {

  @Override
  public void upgrade(StepContext step) {}

  @Override
  public void downgrade(StepContext step) {}
}
