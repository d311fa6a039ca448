package dev.strata.runtime;

import java.util.List;

/** Views per database on MariaDB: options as INFORMATION_SCHEMA.VIEWS reports them. */
class MariaDbViewDialectTest extends CheckOptionScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.MYSQL;
  }

  @Override
  List<String> options(String view) {
    return database.rows(
        "SELECT SECURITY_TYPE, CHECK_OPTION, ALGORITHM FROM INFORMATION_SCHEMA.VIEWS"
            + " WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '"
            + view
            + "'");
  }

  @Override
  List<String> expectedOptions(boolean changed) {
    return changed ? List.of("DEFINER|CASCADED|MERGE") : List.of("INVOKER|LOCAL|UNDEFINED");
  }

  @Override
  String invokerViewOnCheapItems() {
    return "CREATE SQL SECURITY INVOKER VIEW cheap_report"
        + " AS SELECT id, price FROM cheap_items WHERE price > 1 WITH LOCAL CHECK OPTION";
  }
}
