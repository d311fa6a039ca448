package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** A helper named downgrade, which is not JavaStep's: version 2 cannot be reverted. */
@Step(version = 2)
public final class BackfillDisplayName implements JavaStep {

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET display_name = name");
  }

  public void downgrade(String reason) {
    throw new UnsupportedOperationException(reason);
  }
}
