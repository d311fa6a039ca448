package dev.strata.runtime;

import java.util.List;

/** Views per database on H2, which has no view options: they are not rendered there. */
class H2ViewDialectTest extends ViewDialectScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.H2;
  }

  @Override
  List<String> options(String view) {
    return database.rows(
        "SELECT COUNT(*) FROM INFORMATION_SCHEMA.VIEWS WHERE TABLE_NAME = '"
            + view.toUpperCase(java.util.Locale.ROOT)
            + "'");
  }

  @Override
  List<String> expectedOptions(boolean changed) {
    // no options to report: the view is there, once
    return List.of("1");
  }

  @Override
  String invokerViewOnCheapItems() {
    return "CREATE VIEW cheap_report AS SELECT id, price FROM cheap_items WHERE price > 1";
  }
}
