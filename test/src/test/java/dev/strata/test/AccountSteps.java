package dev.strata.test;

import dev.strata.runtime.Column;
import dev.strata.runtime.Table;
import java.util.List;

/**
 * The one step of the accounts module: a table with the types that a JPA entity's enums, {@code
 * Instant}, {@code char}, {@code byte[]} and {@code @Lob} fields get.
 */
final class AccountSteps {

  private AccountSteps() {}

  /** Version 1: accounts, whose label column has type {@code labelType}. */
  static ScriptedSource.Step createAccounts(String labelType) {
    Table accounts =
        new Table(
            "accounts",
            List.of(
                Column.of("id", "BIGINT").notNull(),
                Column.of("kind", "TINYINT").notNull(),
                Column.of("label", labelType),
                Column.of("created_at", "TIMESTAMP WITH TIME ZONE"),
                Column.of("initial", "CHAR(1)"),
                Column.of("photo", "VARBINARY(255)"),
                Column.of("notes", "CLOB"),
                Column.of("scan", "BLOB")),
            List.of("id"));
    return new ScriptedSource.Step(
        "Create accounts", ops -> ops.createTable(accounts), ops -> ops.dropTable("accounts"));
  }
}
