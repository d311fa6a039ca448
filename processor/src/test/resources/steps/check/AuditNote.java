package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** A step for the next version, which -Astrata.check finds unrecorded. */
@Step(version = 2)
public final class AuditNote implements JavaStep {
  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET name = name");
  }

  @Override
  public void downgrade(StepContext step) {}
}
