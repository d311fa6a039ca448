package dev.strata.runtime;

import java.util.List;

/** Views per database on PostgreSQL: options are the view's storage parameters. */
class PostgresViewDialectTest extends CheckOptionScenarios {

  @Override
  DatabaseKind kind() {
    return DatabaseKind.POSTGRESQL;
  }

  @Override
  List<String> options(String view) {
    return database.rows(
        "SELECT unnest(reloptions) AS option FROM pg_class WHERE oid = to_regclass('"
            + view
            + "') ORDER BY option");
  }

  @Override
  List<String> expectedOptions(boolean changed) {
    return changed
        ? List.of("check_option=cascaded", "security_barrier=true")
        : List.of("check_option=local", "security_invoker=true");
  }

  @Override
  String invokerViewOnCheapItems() {
    return "CREATE VIEW cheap_report WITH (check_option=local, security_invoker=true)"
        + " AS SELECT id, price FROM cheap_items WHERE price > 1";
  }
}
