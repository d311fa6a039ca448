package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;
import dev.strata.runtime.StepContext;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Fills display_name from name, through JDBC, before version 2 makes it NOT NULL. */
@Step(version = 2)
public final class BackfillDisplayName implements JavaStep {

  @Override
  public void upgrade(StepContext step) throws SQLException {
    Map<Long, String> names = new LinkedHashMap<>();
    try (PreparedStatement select =
            step.connection().prepareStatement("SELECT id, name FROM customers");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        names.put(rows.getLong(1), rows.getString(2));
      }
    }
    try (PreparedStatement update =
        step.connection()
            .prepareStatement("UPDATE customers SET display_name = ? WHERE id = ?")) {
      for (Map.Entry<Long, String> row : names.entrySet()) {
        update.setString(1, row.getValue().toUpperCase(Locale.ROOT));
        update.setLong(2, row.getKey());
        update.executeUpdate();
      }
    }
  }

  @Override
  public void downgrade(StepContext step) {
    // the generated downgrade drops display_name: nothing else to undo
  }
}
