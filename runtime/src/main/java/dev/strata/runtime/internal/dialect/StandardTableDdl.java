package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables, columns, indexes and foreign keys as standard SQL writes them, which H2 and PostgreSQL
 * speak: {@link Dialect}'s defaults, each part rendered by the dialect, so that one that writes a
 * part otherwise changes it everywhere.
 */
final class StandardTableDdl {

  private StandardTableDdl() {}

  /**
   * A NOT NULL column with a default can be added to a table with rows in this one statement on
   * every database: each row gets the default before the constraint holds.
   */
  static String columnDefinition(Dialect dialect, Column column) {
    return dialect.render(column.name())
        + " "
        + dialect.columnType(column.type())
        + column.defaultValue().map(value -> " DEFAULT " + value).orElse("")
        + (column.identity() ? " " + dialect.identity() : "")
        + (Dialect.notNull(column) ? " NOT NULL" : "")
        + dialect.inlineComment(column.comment())
        + dialect.typeCheck(column).map(check -> " " + dialect.checkClause(check)).orElse("");
  }

  static String createTable(Dialect dialect, Table table) {
    List<String> parts = new ArrayList<>();
    table.columns().forEach(column -> parts.add(dialect.columnDefinition(column)));
    if (!table.primaryKey().isEmpty()) {
      parts.add("PRIMARY KEY " + dialect.list(table.primaryKey()));
    }
    return "CREATE TABLE " + dialect.render(table.name()) + " (" + String.join(", ", parts) + ")";
  }

  /** {@code ALTER COLUMN} for the type, the default and nullability, the NULLs filled between. */
  static List<String> alterColumn(Dialect dialect, String table, Column column) {
    String alter =
        "ALTER TABLE " + dialect.render(table) + " ALTER COLUMN " + dialect.render(column.name());
    List<String> statements = new ArrayList<>();
    statements.add(alter + " SET DATA TYPE " + dialect.columnType(column.type()));
    column.defaultValue().ifPresent(value -> statements.add(alter + " SET DEFAULT " + value));
    dialect.fillWithDefault(table, column).ifPresent(statements::add);
    statements.add(alter + (Dialect.notNull(column) ? " SET NOT NULL" : " DROP NOT NULL"));
    return List.copyOf(statements);
  }

  static Optional<String> fillWithDefault(Dialect dialect, String table, Column column) {
    if (column.nullable() || column.identity() || column.defaultValue().isEmpty()) {
      return Optional.empty();
    }
    String name = dialect.render(column.name());
    return Optional.of(
        "UPDATE "
            + dialect.render(table)
            + " SET "
            + name
            + " = DEFAULT WHERE "
            + name
            + " IS NULL");
  }

  static String createIndex(KeyAndIndexDdl dialect, String table, Index index) {
    return "CREATE "
        + (index.unique() ? "UNIQUE " : "")
        + "INDEX "
        + dialect.render(index.name())
        + " ON "
        + dialect.render(table)
        + " "
        + indexColumns(dialect, index);
  }

  /** The index's columns in parentheses, each followed by {@code DESC} where it descends. */
  static String indexColumns(KeyAndIndexDdl dialect, Index index) {
    return "("
        + String.join(
            ", ",
            index.columns().stream()
                .map(c -> dialect.render(c) + (index.descending().contains(c) ? " DESC" : ""))
                .toList())
        + ")";
  }

  static String addForeignKey(KeyAndIndexDdl dialect, String table, ForeignKey foreignKey) {
    return "ALTER TABLE "
        + dialect.render(table)
        + " ADD CONSTRAINT "
        + dialect.render(foreignKey.name())
        + " FOREIGN KEY "
        + dialect.list(foreignKey.columns())
        + " REFERENCES "
        + dialect.render(foreignKey.referencedTable())
        + " "
        + dialect.list(foreignKey.referencedColumns())
        + (foreignKey.onDelete() == ForeignKey.OnDelete.NO_ACTION
            ? ""
            : " ON DELETE " + foreignKey.onDelete().sql());
  }
}
