package dev.strata.processor.verify;

import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.MariaDbIntegerTypes;
import dev.strata.processor.sql.MySqlColumnTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A view's columns as H2 returned them, typed as MySQL and MariaDB return them where their types
 * differ by select item ({@link MySqlColumnTypes}): a boolean other than a boolean column passed
 * through as their {@code int}, a length as their {@code int}. Read from the items of the query
 * those databases run (MariaDB's own, else MySQL's, else the portable one), where the query is one
 * plain {@code SELECT} whose items are known, one per column.
 */
final class MySqlResultColumns {

  private MySqlResultColumns() {}

  /**
   * @param integerColumns on MariaDB, the declared type of a column of what the view reads, by
   *     name, which types its integer arithmetic there ({@link MariaDbIntegerTypes}); null on
   *     MySQL, whose widths are not measured
   */
  static List<Verdict.ResultColumn> typed(
      List<Verdict.ResultColumn> columns,
      ViewDefinition view,
      Function<String, Optional<String>> integerColumns) {
    String database = view.databasesWithOwnQuery().contains("mariadb") ? "mariadb" : "mysql";
    List<String> items = view.columnsOn(database).orElse(List.of());
    if (items.size() != columns.size()) {
      return columns;
    }
    // the query is read once for all its items
    boolean integersTyped =
        integerColumns != null && MariaDbIntegerTypes.readsRelationsOnly(view.sqlOn(database));
    List<Verdict.ResultColumn> typed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Verdict.ResultColumn column = typed(columns.get(i), items.get(i));
      typed.add(integersTyped ? ofMariaDbInteger(column, items.get(i), integerColumns) : column);
    }
    return typed;
  }

  private static Verdict.ResultColumn ofMariaDbInteger(
      Verdict.ResultColumn column, String item, Function<String, Optional<String>> integerColumns) {
    // an integer H2 types otherwise, or a decimal MariaDB rounds to an integer (FLOOR(price))
    boolean number =
        column.category() == TypeCategory.INTEGRAL || column.category() == TypeCategory.DECIMAL;
    if (!number || column.conditionAsNumber()) {
      return column;
    }
    return MariaDbIntegerTypes.of(item, integerColumns)
        .map(
            type ->
                new Verdict.ResultColumn(
                    column.name(), type, TypeCategory.INTEGRAL, column.quoted()))
        .orElse(column);
  }

  private static Verdict.ResultColumn typed(Verdict.ResultColumn column, String item) {
    boolean condition =
        column.category() == TypeCategory.BOOLEAN && MySqlColumnTypes.conditionAsNumber(item);
    boolean length =
        column.category() == TypeCategory.INTEGRAL
            && column.typeName().toUpperCase(Locale.ROOT).equals("BIGINT")
            && MySqlColumnTypes.lengthAsInt(item);
    String type = condition ? Verdict.ResultColumn.CONDITION_AS_NUMBER : length ? "INTEGER" : null;
    return type == null
        ? column
        : new Verdict.ResultColumn(column.name(), type, TypeCategory.INTEGRAL, column.quoted());
  }
}
