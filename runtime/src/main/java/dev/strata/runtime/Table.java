package dev.strata.runtime;

import dev.strata.runtime.internal.Identifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A table as {@link Operations#createTable} creates it: its columns and primary key. Indexes and
 * foreign keys are created by calls of their own.
 *
 * <pre>{@code
 * ops.createTable(new Table("customers",
 *     List.of(Column.of("id", "BIGINT").generatedAsIdentity(),
 *             Column.of("name", "VARCHAR(255)")),
 *     List.of("id")));
 * }</pre>
 *
 * @param name a plain SQL identifier, optionally schema-qualified
 * @param columns the columns in table order, at least one, each name once
 * @param primaryKey the names of the primary key's columns in key order, each a column of this
 *     table; empty for a table without a primary key
 * @param comment the comment the database keeps with the table ({@link #withComment}), none when
 *     empty
 */
public record Table(
    String name, List<Column> columns, List<String> primaryKey, Optional<String> comment) {

  /**
   * @throws IllegalArgumentException if the name is not an identifier, there is no column, a column
   *     name repeats, the primary key names a column the table does not have, or the comment is
   *     blank
   */
  public Table {
    Identifiers.requireValid(name, "table name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Table " + name + " has no column");
    }
    Set<String> names = new HashSet<>();
    for (Column column : columns) {
      // databases compare unquoted names without regard to case
      if (!names.add(column.name().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "Table " + name + " has two columns named " + column.name());
      }
    }
    if (comment == null || comment.filter(String::isBlank).isPresent()) {
      throw new IllegalArgumentException(
          "Table " + name + " has a blank comment: give its text, or Optional.empty()");
    }
    Set<String> keyColumns = new HashSet<>();
    for (String key : primaryKey) {
      String lower = key == null ? null : key.toLowerCase(Locale.ROOT);
      if (!names.contains(lower) || !keyColumns.add(lower)) {
        throw new IllegalArgumentException(
            "The primary key of table "
                + name
                + " names "
                + key
                + ", which is not a column of"
                + " the table or is named twice; its columns are "
                + columnNames(columns));
      }
    }
  }

  /** A table without a comment, as migrations generated before comments create it. */
  public Table(String name, List<Column> columns, List<String> primaryKey) {
    this(name, columns, primaryKey, Optional.empty());
  }

  /** This table with a comment the database keeps with it. */
  public Table withComment(String text) {
    return new Table(name, columns, primaryKey, Optional.of(text));
  }

  private static List<String> columnNames(List<Column> columns) {
    return columns.stream().map(Column::name).toList();
  }
}
