package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;

@Step(version = 2)
public final class NoPublicConstructor implements JavaStep {
  private final String table;

  public NoPublicConstructor(String table) {
    this.table = table;
  }

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("DELETE FROM " + table);
  }
}
