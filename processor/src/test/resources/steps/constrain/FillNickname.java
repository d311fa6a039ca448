package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

/** Meant to fill the NULL nicknames before version 2 makes the column NOT NULL: it runs after. */
@Step(version = 2)
public final class FillNickname implements JavaStep {

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET nickname = 'none' WHERE nickname IS NULL");
  }

  @Override
  public void downgrade(StepContext step) {}
}
