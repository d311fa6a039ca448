package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** A step whose constructor declares a checked exception, as one reading a resource does. */
@Step(version = 2)
public final class BackfillDisplayName implements JavaStep {

  public BackfillDisplayName() throws IOException {
    try (InputStream roles = getClass().getResourceAsStream("crm-roles.properties")) {
      if (roles == null) {
        throw new FileNotFoundException("crm-roles.properties");
      }
    }
  }

  @Override
  public void upgrade(StepContext step) {
    step.operations().execute("UPDATE customers SET display_name = name");
  }

  @Override
  public void downgrade(StepContext step) {}
}
