package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** A version of one step and no schema change, run before nothing. */
@Step(version = 3, runs = Step.Runs.BEFORE_GENERATED)
public final class GrantReporting implements JavaStep {

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("CREATE TABLE reporting_marks (id INT)");
  }

  @Override
  public void downgrade(StepContext step) {
    step.operations().execute("DROP TABLE reporting_marks");
  }
}
