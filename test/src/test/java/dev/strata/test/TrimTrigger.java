package dev.strata.test;

import java.sql.Connection;
import org.h2.api.Trigger;

/** H2's trigger for {@link QuietSteps#trigger}: trims a new customer's name. */
public final class TrimTrigger implements Trigger {

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) {
    newRow[1] = ((String) newRow[1]).trim();
  }
}
