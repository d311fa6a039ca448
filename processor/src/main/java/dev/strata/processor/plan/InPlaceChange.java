package dev.strata.processor.plan;

import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether a changed query can replace a view in place on every supported database.
 *
 * <p>PostgreSQL's {@code CREATE OR REPLACE VIEW} keeps the existing columns, with their names and
 * types, and may only append new ones. Strata does not know column types at compile time, so it
 * asks for more: the old select items, unchanged and in order, at the start of the new ones.
 * Anything else, or columns it cannot know ({@code SELECT *}, unions, unparsed SQL), is dropped and
 * created again.
 */
final class InPlaceChange {

  private InPlaceChange() {}

  static boolean possible(ViewDefinition before, ViewDefinition after) {
    if (before.sameSqlAs(after)) {
      // its options alone change: the columns stay as they are
      return true;
    }
    // each database's query keeps its own columns; the portable one stands for the others
    Set<String> databases = new TreeSet<>(before.databasesWithOwnQuery());
    databases.addAll(after.databasesWithOwnQuery());
    if (!keepsColumns(before.columns(), after.columns())) {
      return false;
    }
    return databases.stream()
        .allMatch(database -> keepsColumns(before.columnsOn(database), after.columnsOn(database)));
  }

  private static boolean keepsColumns(Optional<List<String>> before, Optional<List<String>> after) {
    if (before.isEmpty() || after.isEmpty()) {
      return false;
    }
    List<String> old = before.get();
    List<String> next = after.get();
    return next.size() >= old.size() && next.subList(0, old.size()).equals(old);
  }
}
