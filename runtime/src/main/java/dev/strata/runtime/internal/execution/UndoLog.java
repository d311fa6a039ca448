package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.jdbc.SqlErrors;
import dev.strata.runtime.internal.jdbc.SqlSupplier;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The journal of a running migration on a database whose DDL commits at once: for each operation,
 * how to put its object back as it was before, so that a failure can undo the migration.
 *
 * <p>Each restore works out, when undoing, the statements that put its object back: it compares the
 * object's state now with the state read before the operation ("absent", "defined by this query",
 * "not yet renamed") rather than replaying an inverse statement, so undoing stays correct when an
 * operation failed half-way, such as after the DROP of a DROP-then-CREATE replacement, and changes
 * nothing for an operation that never took effect.
 */
final class UndoLog {

  private static final System.Logger LOG = System.getLogger("dev.strata.runtime");

  /** Why an operation cannot be undone. */
  enum Irreversible {
    /** {@code execute(sql)}: Strata does not know what the statement did. */
    EXECUTED,
    /** A dropped table or column, or a changed column: undoing it needs data that is gone. */
    DESTRUCTIVE
  }

  private final List<Entry> entries = new ArrayList<>();

  /** Opens an operation that compensation cannot undo, such as {@code execute(sql)}. */
  void begin() {
    begin(Irreversible.EXECUTED);
  }

  void begin(Irreversible why) {
    entries.add(new Entry(null, null, why));
  }

  /**
   * Opens an operation on {@code subject} (such as {@code "view active_users"}), undone by {@code
   * restore}.
   */
  void begin(String subject, SqlSupplier<List<String>> restore) {
    entries.add(new Entry(subject, restore, null));
  }

  /**
   * Opens an operation whose statement fails unless its object is absent, such as {@code CREATE
   * VIEW}: so it needs no reading beforehand. If this run executed the statement, the object was
   * absent and {@code restore} removes it; if not (it failed, or a resumed run found it done),
   * there is nothing of this run's to undo.
   */
  void beginCreation(String subject, SqlSupplier<List<String>> restore) {
    Entry entry = new Entry(subject, restore, null);
    entry.onlyIfRan = true;
    entries.add(entry);
  }

  /** Records a statement of the open operation that the database accepted. */
  void ran(String sql) {
    entries.get(entries.size() - 1).statements.add(sql);
  }

  /** The statements of operations that compensation cannot undo, in the order they ran. */
  List<String> uncompensable() {
    return statementsOf(entries.size() - 1, true);
  }

  /** The statements of operations that cannot be undone for reason {@code why}, in order. */
  List<String> uncompensable(Irreversible why) {
    List<String> statements = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.irreversible == why) {
        statements.addAll(entry.statements);
      }
    }
    return List.copyOf(statements);
  }

  /**
   * Puts every object back as it was before the migration, newest operation first. The newest
   * operation, the one that failed, is left alone if none of its statements ran: a statement the
   * database refused changed nothing, and putting back what it did not change can fail for the
   * cause that failed it (a lock another session holds), which would leave the run failed for
   * {@code repair()} where it was simply undone.
   */
  Compensation undo(Connection connection) {
    List<String> ran = new ArrayList<>();
    int newest = entries.size() - 1;
    for (int i = newest; i >= 0; i--) {
      Entry entry = entries.get(i);
      boolean onlyIfRan = entry.onlyIfRan || i == newest;
      if (entry.restore == null || (onlyIfRan && entry.statements.isEmpty())) {
        continue;
      }
      String step = "reading the state of " + entry.subject;
      try {
        for (String sql : entry.restore.get()) {
          step = sql;
          LOG.log(System.Logger.Level.DEBUG, () -> "Compensating: " + sql);
          try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
          }
          ran.add(sql);
        }
      } catch (SQLException e) {
        if (!SqlErrors.objectMissing(e) || !destroyedAfter(i)) {
          return new Compensation(ran, step, e, statementsOf(i, false));
        }
        // what it puts back needs a table or column that a later statement took for good
        entry.goneWithDestroyed = true;
        String failed = step;
        LOG.log(
            System.Logger.Level.INFO,
            () -> "Not undone, as what it needs was dropped for good: " + failed + ": " + e);
      }
    }
    return new Compensation(ran, null, null, uncompensable());
  }

  /**
   * The statements of operations whose undo failed on a table or column that a later operation
   * dropped or changed for good ({@link Irreversible#DESTRUCTIVE}), in the order they ran: an index
   * or foreign key of a dropped table, a view that reads it. They stay in effect with it.
   */
  List<String> goneWithDestroyed() {
    List<String> statements = new ArrayList<>();
    for (Entry entry : entries) {
      if (entry.goneWithDestroyed) {
        statements.addAll(entry.statements);
      }
    }
    return List.copyOf(statements);
  }

  // whether an operation after entry `index` dropped or changed a table or column for good
  private boolean destroyedAfter(int index) {
    for (int i = index + 1; i < entries.size(); i++) {
      Entry later = entries.get(i);
      if (later.irreversible == Irreversible.DESTRUCTIVE && !later.statements.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  // entries up to `last` were not restored; later ones were, except those nothing can undo
  private List<String> statementsOf(int last, boolean onlyUncompensable) {
    List<String> statements = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry entry = entries.get(i);
      boolean irreversible = entry.restore == null;
      if (onlyUncompensable ? irreversible : i <= last || irreversible) {
        statements.addAll(entry.statements);
      }
    }
    return List.copyOf(statements);
  }

  private static final class Entry {
    private final String subject;
    private final SqlSupplier<List<String>> restore;
    private final Irreversible irreversible;
    private final List<String> statements = new ArrayList<>();
    private boolean onlyIfRan;
    private boolean goneWithDestroyed;

    private Entry(String subject, SqlSupplier<List<String>> restore, Irreversible irreversible) {
      this.subject = subject;
      this.restore = restore;
      this.irreversible = irreversible;
    }
  }
}
