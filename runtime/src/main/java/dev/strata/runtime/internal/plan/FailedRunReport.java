package dev.strata.runtime.internal.plan;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.dialect.Dialect;
import dev.strata.runtime.internal.dialect.RecordingOperations;
import dev.strata.runtime.internal.history.HistoryRow;
import dev.strata.runtime.internal.source.MigrationSet;
import java.util.List;

/**
 * Describes a history row whose run did not finish: which of the migration's statements finished,
 * which may have been running, and how to recover; the statements are rendered again from the
 * migration's code, which is deterministic.
 */
final class FailedRunReport {

  private FailedRunReport() {}

  // a downgrade marks the row of the applied migration: its time and user are the upgrade's
  private static String when(HistoryRow row, String verb) {
    String user =
        row.installedBy() == null || row.installedBy().isBlank() ? "" : " by " + row.installedBy();
    if (row.runState().direction() == Direction.DOWNGRADE) {
      return " (applied at "
          + row.appliedAt()
          + user
          + "; the history table does not record when its downgrade began, or by whom)";
    }
    return " (its " + verb + " began at " + row.appliedAt() + user + ")";
  }

  static String describe(MigrationSet set, HistoryRow row, Dialect dialect) {
    String label = Texts.label(set.name(), row.version(), row.description());
    String progress = progress(row, statements(set, row, dialect));
    String verb = row.runState().direction().verb();
    String when = when(row, verb);
    boolean upgrade = row.runState().direction() == Direction.UPGRADE;
    if (row.runState().interrupted()) {
      return "Migration "
          + label
          + " did not finish"
          + when
          + ": the process or its database connection died during the "
          + verb
          + ". The database commits DDL at once, so what ran stays."
          + progress
          + "\nCall repair() (strata repair) with the code that started it: it runs the rest of the "
          + verb
          + " and records the migration as "
          + (upgrade ? "applied" : "reverted")
          + ". Nothing else runs until then.";
    }
    return "The history table records migration "
        + label
        + " as failed"
        + when
        + ": a statement failed, and undoing the finished ones failed too; the error of that run"
        + " listed what remains."
        + progress
        + "\nUndo by hand what remains, so that the views and tables are as version "
        + (upgrade ? row.version() - 1 : row.version())
        + " left them, then call repair() (strata repair): it "
        + (upgrade ? "deletes this row" : "records the migration as applied again")
        + ". Nothing else runs until then.";
  }

  /** The statements of the run, or null if they cannot be rendered with this code. */
  private static List<String> statements(MigrationSet set, HistoryRow row, Dialect dialect) {
    if (row.version() > set.newestVersion() || row.runState() == null) {
      return null;
    }
    MigrationDescriptor code = set.migration(row.version());
    if (!code.checksum().equals(row.checksum())) {
      return null;
    }
    try {
      Migration migration = set.source().load(row.version());
      if (migration == null || !code.checksum().equals(migration.checksum())) {
        return null;
      }
      // a hand-written step is one statement of the run, as its comment is one here
      return RecordingOperations.render(dialect, migration, row.runState().direction());
    } catch (RuntimeException | LinkageError e) {
      // a report must not fail: without the statements it still says what to do
      return null;
    }
  }

  /** Which statements finished, which was running, which did not run, as far as known. */
  private static String progress(HistoryRow row, List<String> statements) {
    Integer done = row.statementsDone();
    // a run's count of a statement whose effect the catalog tells is written when the next one
    // begins: the statement after the count may have finished
    String nextTitle =
        row.runState().interrupted() ? "Perhaps finished, or running when it stopped:" : "Failed:";
    if (done == null) {
      return "";
    }
    if (statements == null) {
      return "\n" + done + " of its statements had finished.";
    }
    int finished = Math.min(done, statements.size());
    String text =
        "\nFinished ("
            + finished
            + " of "
            + statements.size()
            + " statements):"
            + (finished == 0 ? " none" : Texts.lines(statements.subList(0, finished)));
    if (finished < statements.size()) {
      text += "\n" + nextTitle + Texts.lines(statements.subList(finished, finished + 1));
    }
    if (finished + 1 < statements.size()) {
      text += "\nNot run:" + Texts.lines(statements.subList(finished + 1, statements.size()));
    }
    return text;
  }
}
