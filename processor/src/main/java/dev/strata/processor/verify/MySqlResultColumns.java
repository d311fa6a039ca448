package dev.strata.processor.verify;

import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.MySqlColumnTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A view's columns as H2 returned them, typed as MySQL and MariaDB return them where their types
 * differ by select item ({@link MySqlColumnTypes}): a boolean other than a boolean column passed
 * through as their {@code int}, a length as their {@code int}. Read from the items of the query
 * those databases run (MariaDB's own, else MySQL's, else the portable one), where the query is one
 * plain {@code SELECT} whose items are known, one per column.
 */
final class MySqlResultColumns {

  private MySqlResultColumns() {}

  static List<Verdict.ResultColumn> typed(List<Verdict.ResultColumn> columns, ViewDefinition view) {
    String database = view.databasesWithOwnQuery().contains("mariadb") ? "mariadb" : "mysql";
    List<String> items = view.columnsOn(database).orElse(List.of());
    if (items.size() != columns.size()) {
      return columns;
    }
    List<Verdict.ResultColumn> typed = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      typed.add(typed(columns.get(i), items.get(i)));
    }
    return typed;
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
