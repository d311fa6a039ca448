package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Index;
import dev.strata.runtime.internal.Identifiers;
import java.util.ArrayList;
import java.util.List;

/** How MySQL and MariaDB refresh the table that stands in for a materialized view. */
final class MySqlMaterializedRefresh {

  private MySqlMaterializedRefresh() {}

  /**
   * A table filled from the query under another name, given the declared indexes (whose names are
   * the table's own here) and those a DBA added to the old one ({@code kept}), then swapped in by
   * one {@code RENAME TABLE}, which MariaDB and MySQL run atomically: readers see the old rows or
   * the new ones, never no table. Privileges, which MySQL and MariaDB keep by a table's name, go
   * with the name.
   */
  static List<String> statements(
      Dialect dialect, String name, String sql, List<Index> indexes, List<String> kept) {
    String fresh = Identifiers.companion(name, "_strata_new");
    String old = Identifiers.companion(name, "_strata_old");
    List<String> statements = new ArrayList<>();
    statements.add("DROP TABLE IF EXISTS " + dialect.render(fresh) + ", " + dialect.render(old));
    statements.add(dialect.createMaterializedView(fresh, sql, true));
    indexes.forEach(index -> statements.add(dialect.createIndex(fresh, index)));
    if (!kept.isEmpty()) {
      statements.add("ALTER TABLE " + dialect.render(fresh) + " " + String.join(", ", kept));
    }
    statements.add(
        "RENAME TABLE "
            + dialect.render(name)
            + " TO "
            + dialect.render(old)
            + ", "
            + dialect.render(fresh)
            + " TO "
            + dialect.render(name));
    statements.add(dialect.dropTable(old));
    return statements;
  }
}
