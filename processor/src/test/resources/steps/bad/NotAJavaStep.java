package com.example.crm;

import dev.strata.Step;

@Step(version = 2)
public final class NotAJavaStep {
  public void upgrade() {}
}
