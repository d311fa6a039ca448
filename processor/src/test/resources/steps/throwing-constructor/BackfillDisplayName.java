package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** A step whose constructor throws, as one reading a setting that is not there does. */
@Step(version = 2)
public final class BackfillDisplayName implements JavaStep {

  private final String role;

  public BackfillDisplayName() {
    role = System.getProperty("crm.reporting-role");
    if (role == null) {
      throw new IllegalStateException("crm.reporting-role is not set");
    }
  }

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET display_name = '" + role + "'");
  }

  @Override
  public void downgrade(StepContext step) {}
}
