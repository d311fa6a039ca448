package dev.strata.processor.plan;

import dev.strata.processor.model.ViewDefinition;
import java.util.List;

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
    if (before.columns().isEmpty() || after.columns().isEmpty()) {
      return false;
    }
    List<String> old = before.columns().get();
    List<String> next = after.columns().get();
    return next.size() >= old.size() && next.subList(0, old.size()).equals(old);
  }
}
