package dev.strata.runtime.internal.execution;

import dev.strata.runtime.ViewQuery;
import dev.strata.runtime.internal.catalog.Catalog;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.util.List;
import java.util.Objects;

/**
 * The ways an operation is undone where DDL commits at once, each built from the state read before
 * the operation ran (see {@link UndoLog}).
 */
final class Restores {

  /** Nothing to undo, such as for an operation that was in effect before this run. */
  private static final SqlSupplier<List<String>> NOTHING = List::of;

  private Restores() {}

  /**
   * Undoes an operation by running {@code inverse} if its effect is present now and was not before
   * it ran: a table created, a column added, an index dropped, a rename made. An effect present
   * before was there already (a resumed run skipping what the interrupted one did): not undone.
   *
   * @param effect whether the operation's effect is in the database
   */
  static SqlSupplier<List<String>> ifTookEffect(
      boolean presentBefore, SqlSupplier<Boolean> effect, List<String> inverse) {
    return ifTookEffect(presentBefore, effect, () -> inverse);
  }

  /**
   * As {@link #ifTookEffect(boolean, SqlSupplier, List)}, with the inverse worked out when undoing,
   * from the state then.
   */
  static SqlSupplier<List<String>> ifTookEffect(
      boolean presentBefore, SqlSupplier<Boolean> effect, SqlSupplier<List<String>> inverse) {
    if (presentBefore) {
      return NOTHING;
    }
    return () -> effect.get() ? inverse.get() : List.of();
  }

  /**
   * Puts view {@code view} back to {@code definition}, its queries and options, or drops it if that
   * is null. A view with options or SQL per database is always created again with them: the
   * catalog's text does not tell whether it still has them.
   */
  static SqlSupplier<List<String>> view(
      Catalog catalog, Dialect dialect, String view, ViewQuery definition) {
    return () -> {
      String current = catalog.viewDefinition(view);
      if (definition == null ? current == null : isPlain(definition, current)) {
        return List.of();
      }
      if (definition == null) {
        return List.of(dialect.dropView(view));
      }
      if (current == null) {
        return List.of(dialect.createView(view, definition));
      }
      return dialect.replaceView(view, definition);
    };
  }

  // the catalog has this very query, and the view has no option or dialect to lose
  private static boolean isPlain(ViewQuery definition, String current) {
    return Objects.equals(current, definition.sql())
        && definition.equals(ViewQuery.of(definition.sql()));
  }
}
