package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A column as MySQL's and MariaDB's {@code MODIFY COLUMN} restates it: whole, with its type, the
 * attributes that it would otherwise forget ({@link ColumnAttributes}), its default, identity, and
 * NULL or NOT NULL said explicitly.
 */
final class MySqlColumnRestatement {

  private MySqlColumnRestatement() {}

  /** See {@link MySqlDialect#alterColumn(String, Column)}. */
  static List<String> alterColumn(
      Dialect dialect, String table, Column column, ColumnAttributes current) {
    // the column's own comment, where it says one; else the one it has, which MODIFY would forget
    ColumnAttributes kept =
        column
            .comment()
            .map(text -> current.withComment(dialect.stringLiteral(text)))
            .orElse(current);
    Optional<String> fill = dialect.fillWithDefault(table, column);
    List<String> statements = new ArrayList<>();
    fill.ifPresent(
        update -> {
          statements.add(modify(dialect, table, column, false, kept));
          statements.add(update);
        });
    statements.add(modify(dialect, table, column, Dialect.notNull(column), kept));
    return List.copyOf(statements);
  }

  /** The column as {@link MySqlDialect#addColumn} adds it: nullable where it takes no value. */
  static Column addedNullable(Column column) {
    return takesNoValue(column)
        ? new Column(
            column.name(), column.type(), true, false, column.defaultValue(), column.comment())
        : column;
  }

  /** See {@link MySqlDialect#requireAddedColumn}: NOT NULL restated, which fails on NULL rows. */
  static List<String> requireAdded(Dialect dialect, String table, Column column) {
    if (!takesNoValue(column)) {
      return List.of();
    }
    ColumnAttributes kept =
        column
            .comment()
            .map(text -> ColumnAttributes.NONE.withComment(dialect.stringLiteral(text)))
            .orElse(ColumnAttributes.NONE);
    return List.of(modify(dialect, table, column, true, kept));
  }

  /** Whether rows already there take no value for the column added: NOT NULL without a default. */
  private static boolean takesNoValue(Column column) {
    return !column.nullable() && !column.identity() && column.defaultValue().isEmpty();
  }

  /** See {@link MySqlDialect#commentOnColumn}. */
  static String commentOnColumn(
      Dialect dialect, String table, Column column, ColumnAttributes kept) {
    return modify(
        dialect,
        table,
        column,
        Dialect.notNull(column),
        kept.withComment(column.comment().map(dialect::stringLiteral).orElse(null)));
  }

  private static String modify(
      Dialect dialect, String table, Column column, boolean notNull, ColumnAttributes kept) {
    String type = dialect.columnType(column.type());
    return "ALTER TABLE "
        + dialect.render(table)
        + " MODIFY COLUMN "
        + dialect.render(column.name())
        + " "
        + type
        + kept.characters(type)
        + column.defaultValue().map(value -> " DEFAULT " + value).orElse("")
        + (column.identity() ? " " + dialect.identity() : "")
        + (notNull ? " NOT NULL" : " NULL")
        + kept.trailingClauses();
  }
}
