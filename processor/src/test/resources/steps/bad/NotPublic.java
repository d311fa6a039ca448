package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

@Step(version = 2)
final class NotPublic implements JavaStep {
  @Override
  public void upgrade(StepContext step) {}
}
