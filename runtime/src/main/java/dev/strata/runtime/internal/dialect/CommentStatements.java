package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Column;
import dev.strata.runtime.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Comments on tables and columns as statements of their own, {@code COMMENT ON ... IS}, which H2
 * and PostgreSQL speak: {@link Dialect}'s defaults.
 */
final class CommentStatements {

  private CommentStatements() {}

  static List<String> of(Dialect dialect, Table table) {
    List<String> statements = new ArrayList<>();
    if (table.comment().isPresent()) {
      statements.add(dialect.commentOnTable(table.name(), table.comment()));
    }
    for (Column column : table.columns()) {
      statements.addAll(dialect.comments(table.name(), column));
    }
    return statements;
  }

  static List<String> of(Dialect dialect, String table, Column column) {
    return column.comment().isPresent()
        ? List.of(dialect.commentOnColumn(table, column, ColumnAttributes.NONE))
        : List.of();
  }

  static String onTable(Dialect dialect, String table, Optional<String> comment) {
    return "COMMENT ON TABLE "
        + dialect.render(table)
        + " IS "
        + comment.map(dialect::stringLiteral).orElse("NULL");
  }

  static String onColumn(Dialect dialect, String table, Column column) {
    return "COMMENT ON COLUMN "
        + dialect.render(table)
        + "."
        + dialect.render(column.name())
        + " IS "
        + column.comment().map(dialect::stringLiteral).orElse("NULL");
  }
}
