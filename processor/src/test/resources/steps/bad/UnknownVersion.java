package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

@Step(version = 7)
public final class UnknownVersion implements JavaStep {
  @Override
  public void upgrade(StepContext step) {}
}
