package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;

/**
 * The ways an operation is undone where DDL commits at once, each built from the state read before
 * the operation ran (see {@link UndoLog}).
 */
final class Restores {

  /** Whether an operation's effect is in the database. */
  @FunctionalInterface
  interface Effect {
    boolean present() throws SQLException;
  }

  private Restores() {}

  /**
   * Undoes an operation by running {@code inverse} if its effect is present now and was not before
   * it ran: a table created, a column added, an index dropped, a rename made. An effect present
   * before was there already (a resumed run skipping what the interrupted one did): not undone.
   */
  static UndoLog.Restore ifTookEffect(boolean presentBefore, Effect effect, List<String> inverse) {
    if (presentBefore) {
      return UndoLog.Restore.NOTHING;
    }
    return () -> effect.present() ? inverse : List.of();
  }

  /** Puts view {@code view} back to query {@code definition}, or drops it if that is null. */
  static UndoLog.Restore view(
      Connection connection, Dialect dialect, String view, String definition) {
    return () -> {
      String current = dialect.viewDefinition(connection, view);
      if (Objects.equals(current, definition)) {
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
}
