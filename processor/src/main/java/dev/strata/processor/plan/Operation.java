package dev.strata.processor.plan;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.Objects;
import java.util.Optional;

/**
 * One call a generated migration makes on {@code dev.strata.runtime.Operations}.
 *
 * @param kind which call
 * @param target the view or table it acts on (for a rename, its current name)
 * @param argument the query for a view's create or replace, the new name for a rename of a view or
 *     table, the old name for a column rename, the name of a dropped column, index or foreign key;
 *     else empty
 * @param definition the table, column, index or foreign key created or changed, if any
 * @param reason why the planner added it, when that is not plain from the change itself; shown as a
 *     comment in the generated code, empty for none
 */
public record Operation(
    Kind kind, String target, String argument, Optional<Object> definition, String reason) {

  /** The calls of {@code Operations} that a generated migration makes. */
  public enum Kind {
    CREATE_VIEW("createView"),
    REPLACE_VIEW("replaceView"),
    DROP_VIEW("dropView"),
    RENAME_VIEW("renameView"),
    CREATE_TABLE("createTable"),
    DROP_TABLE("dropTable"),
    RENAME_TABLE("renameTable"),
    ADD_COLUMN("addColumn"),
    DROP_COLUMN("dropColumn"),
    ALTER_COLUMN("alterColumn"),
    RENAME_COLUMN("renameColumn"),
    CREATE_INDEX("createIndex"),
    DROP_INDEX("dropIndex"),
    ADD_FOREIGN_KEY("addForeignKey"),
    DROP_FOREIGN_KEY("dropForeignKey");

    private final String methodName;

    Kind(String methodName) {
      this.methodName = methodName;
    }

    /** The name of the {@code Operations} method. */
    public String methodName() {
      return methodName;
    }
  }

  public Operation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(reason, "reason");
  }

  public static Operation createView(String view, String sql) {
    return of(Kind.CREATE_VIEW, view, sql);
  }

  public static Operation replaceView(String view, String sql) {
    return of(Kind.REPLACE_VIEW, view, sql);
  }

  public static Operation dropView(String view) {
    return of(Kind.DROP_VIEW, view, "");
  }

  public static Operation renameView(String view, String newName) {
    return of(Kind.RENAME_VIEW, view, newName);
  }

  public static Operation createTable(TableDefinition table) {
    return new Operation(Kind.CREATE_TABLE, table.name(), "", Optional.of(table), "");
  }

  public static Operation dropTable(String table) {
    return of(Kind.DROP_TABLE, table, "");
  }

  public static Operation renameTable(String table, String newName) {
    return of(Kind.RENAME_TABLE, table, newName);
  }

  public static Operation addColumn(String table, ColumnDefinition column) {
    return new Operation(Kind.ADD_COLUMN, table, "", Optional.of(column), "");
  }

  public static Operation dropColumn(String table, String column) {
    return of(Kind.DROP_COLUMN, table, column);
  }

  public static Operation alterColumn(String table, ColumnDefinition column) {
    return new Operation(Kind.ALTER_COLUMN, table, "", Optional.of(column), "");
  }

  public static Operation renameColumn(String table, String oldName, String newName) {
    return of(Kind.RENAME_COLUMN, table, oldName + " " + newName);
  }

  public static Operation createIndex(String table, IndexDefinition index) {
    return new Operation(Kind.CREATE_INDEX, table, "", Optional.of(index), "");
  }

  public static Operation dropIndex(String table, String index) {
    return of(Kind.DROP_INDEX, table, index);
  }

  public static Operation addForeignKey(String table, ForeignKeyDefinition foreignKey) {
    return new Operation(Kind.ADD_FOREIGN_KEY, table, "", Optional.of(foreignKey), "");
  }

  public static Operation dropForeignKey(String table, String foreignKey) {
    return of(Kind.DROP_FOREIGN_KEY, table, foreignKey);
  }

  private static Operation of(Kind kind, String target, String argument) {
    return new Operation(kind, target, argument, Optional.empty(), "");
  }

  public Operation because(String why) {
    return new Operation(kind, target, argument, definition, why);
  }
}
