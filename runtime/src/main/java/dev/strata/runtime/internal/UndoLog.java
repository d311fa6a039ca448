package dev.strata.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The journal of a running migration on a database whose DDL commits at once: for each operation,
 * the state of its view before it ran, so that a failure can put every view back.
 *
 * <p>Restoring a state ("absent", or "defined by this query") rather than replaying inverse
 * statements stays correct when an operation failed half-way, such as after the DROP of a
 * DROP-then-CREATE replacement, and changes nothing for an operation that never took effect.
 */
final class UndoLog {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  private final List<Entry> entries = new ArrayList<>();

  /** Opens an operation that compensation cannot undo, such as {@code execute(sql)}. */
  void begin() {
    entries.add(new Entry(null, null));
  }

  /** Opens an operation on {@code view}, whose query is {@code definition} (null: absent). */
  void begin(String view, String definition) {
    entries.add(new Entry(view, definition));
  }

  /**
   * Opens the rename of view {@code from} to {@code to}, qualified alike.
   *
   * @param done whether the rename is in effect already (a resumed run skips it): nothing to undo
   */
  void beginRename(String from, String to, boolean done) {
    entries.add(new Entry(from, null, done ? null : to));
    if (done) {
      entries.get(entries.size() - 1).restorable = false;
    }
  }

  /** Records a statement of the open operation that the database accepted. */
  void ran(String sql) {
    entries.get(entries.size() - 1).statements.add(sql);
  }

  /** The statements of operations that compensation cannot undo, in the order they ran. */
  List<String> uncompensable() {
    return statementsOf(entries.size() - 1, true);
  }

  /** Puts every view back as it was before the migration, newest operation first. */
  Compensation undo(Connection connection, Dialect dialect) {
    List<String> ran = new ArrayList<>();
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      if (entry.view == null || !entry.restorable) {
        continue;
      }
      String step = "reading the definition of view " + entry.view;
      try {
        for (String sql : restoring(connection, dialect, entry)) {
          step = sql;
          LOG.log(System.Logger.Level.DEBUG, () -> "Compensating: " + sql);
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
          ran.add(sql);
        }
      } catch (SQLException e) {
        return new Compensation(ran, step, e, statementsOf(i, false));
      }
    }
    return new Compensation(ran, null, null, uncompensable());
  }

  private static List<String> restoring(Connection connection, Dialect dialect, Entry entry)
      throws SQLException {
    if (entry.renamedTo != null) {
      return renamingBack(connection, dialect, entry);
    }
    String current = dialect.viewDefinition(connection, entry.view);
    if (Objects.equals(current, entry.definition)) {
      return List.of();
    }
    if (entry.definition == null) {
      return List.of(dialect.dropView(entry.view));
    }
    if (current == null) {
      return List.of(dialect.createView(entry.view, entry.definition));
    }
    return dialect.replaceView(entry.view, entry.definition);
  }

  // renaming back, not recreating: views that followed the rename follow it back
  private static List<String> renamingBack(Connection connection, Dialect dialect, Entry entry)
      throws SQLException {
    boolean renamed =
        dialect.viewDefinition(connection, entry.renamedTo) != null
            && dialect.viewDefinition(connection, entry.view) == null;
    return renamed ? List.of(dialect.renameView(entry.renamedTo, entry.view)) : List.of();
  }

  // entries up to `last` were not restored; later ones were, except those nothing can undo
  private List<String> statementsOf(int last, boolean onlyUncompensable) {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      boolean applied = onlyUncompensable ? entry.view == null : i <= last || entry.view == null;
      if (applied) {
        statements.addAll(entry.statements);
      }
    }
    return statements;
  }

  private static final class Entry {
    private final String view;
    private final String definition;
    private final String renamedTo;
    private final List<String> statements = new ArrayList<>();
    private boolean restorable = true;

    private Entry(String view, String definition) {
      this(view, definition, null);
    }

    private Entry(String view, String definition, String renamedTo) {
      this.view = view;
      this.definition = definition;
      this.renamedTo = renamedTo;
    }
  }
}
