package dev.strata.processor;

import dev.strata.testing.TestDatabase;
import java.util.List;

/**
 * Rows of a parity model's tables, written and read by the names the code gives them ({@code
 * lastName}), which the model's naming makes the database's ({@code last_name} under Spring
 * Boot's).
 */
final class ModelRows {

  private ModelRows() {}

  /** {@code INSERT INTO table (columns)}, for the {@code VALUES} the caller adds. */
  static String insert(ParityModel model, String table, String... columns) {
    return "INSERT INTO " + model.name(table) + " (" + names(model, columns) + ")";
  }

  /** The first row's values of {@code columns} of {@code table}, joined by commas. */
  static String firstRow(TestDatabase database, ParityModel model, String table, String... columns)
      throws Exception {
    return database.query("SELECT " + names(model, columns) + " FROM " + model.name(table)).get(1);
  }

  private static String names(ParityModel model, String... columns) {
    return String.join(", ", List.of(columns).stream().map(model::name).toList());
  }
}
