package dev.strata.runtime.internal.execution;

import dev.strata.runtime.internal.Direction;
import dev.strata.runtime.internal.Texts;
import dev.strata.runtime.internal.jdbc.SqlErrors;
import java.util.List;

/**
 * What a failed migration run did and left, as its exception tells the user: the statement and the
 * database's message, what was rolled back or undone, what remains, and what to do next.
 *
 * @param label the migration, as {@link Texts#label} names it
 * @param direction which way the migration ran
 * @param statement the SQL that failed, or null if the migration's own code threw; for a statement
 *     of a hand-written step's own JDBC, which Strata does not see, the step's label
 * @param step the hand-written step that ran the failed statement, as {@link StepRun#label} names
 *     it, or null
 * @param cause the database's exception, what the migration's code threw, or Strata's {@link
 *     MigrationRefusal}
 * @param rollbackError the database's message if rolling the transaction back failed, else null
 * @param outcome how the database was brought back, and what the history table says now
 */
record FailureReport(
    String label,
    Direction direction,
    String statement,
    String step,
    Throwable cause,
    String rollbackError,
    Outcome outcome) {

  private static final String FIX_AND_RETRY =
      "Fix the cause and start again. A generated migration is written from its version's"
          + " snapshot, so editing the @View or @Entity records a later version and leaves this one as it"
          + " is: if no shared database has applied this version yet, delete its snapshot (and"
          + " any later one), fix the code and compile, which records the version again; if"
          + " others have, make this database what the migration expects (the tables and"
          + " columns its SQL reads). A hand-written migration: fix its code.";

  // a step's code is in no snapshot: the snapshot advice of FIX_AND_RETRY does not apply to it
  private static final String STEP_RETRY =
      " and start again: a step's code is not part of its version's checksum, so the migration"
          + " runs again from its start with the step as it is then, in the same version.";

  /** A failure of no hand-written step's statement. */
  FailureReport(
      String label,
      Direction direction,
      String statement,
      Throwable cause,
      String rollbackError,
      Outcome outcome) {
    this(label, direction, statement, null, cause, rollbackError, outcome);
  }

  /** How the database was brought back after the failure. */
  sealed interface Outcome permits RolledBack, Undone, UndoFailed, ConnectionLost {}

  /** DDL is transactional: the rollback undid the run, and no history row was written. */
  record RolledBack() implements Outcome {}

  /**
   * DDL commits at once, and the undo log undid what it could.
   *
   * @param undoStatements the compensating statements that ran, in order
   * @param executed statements run through {@code execute()}, which Strata cannot undo
   * @param destructive statements that dropped or changed a table or column, which stay
   * @param goneWithDestructive statements whose undo needs what {@code destructive} took, which
   *     stay with it
   * @param resumed whether the run completed an interrupted one, whose row stays as it was
   * @param historyError the database's message if updating the history table failed, else null
   */
  record Undone(
      List<String> undoStatements,
      List<String> executed,
      List<String> destructive,
      List<String> goneWithDestructive,
      boolean resumed,
      String historyError)
      implements Outcome {

    Undone {
      undoStatements = List.copyOf(undoStatements);
      executed = List.copyOf(executed);
      destructive = List.copyOf(destructive);
      goneWithDestructive = List.copyOf(goneWithDestructive);
    }
  }

  /**
   * DDL commits at once, and undoing the run failed too.
   *
   * @param compensation what the undo ran, where it failed, and what remains
   * @param historyError the database's message if marking the run as failed failed, else null
   */
  record UndoFailed(Compensation compensation, String historyError) implements Outcome {}

  /**
   * The connection died during the run, so nothing could be rolled back or undone over it.
   *
   * @param transactional whether DDL is transactional: the database rolled the run back itself
   * @param committing whether it died while committing, so the commit may have reached the database
   */
  record ConnectionLost(boolean transactional, boolean committing) implements Outcome {}

  /** The exception's message: the failure, then the outcome. */
  String message() {
    return failure() + "\n" + recovery();
  }

  private String failure() {
    if (statement == null) {
      // Strata's refusal and a failed step's report are worded already; other throws are not
      return "Migration "
          + label
          + " failed during "
          + direction.verb()
          + ": "
          + (cause instanceof MigrationRefusal || cause instanceof StepFailure
              ? cause.getMessage()
              : "its code threw " + cause);
    }
    String where =
        statement.equals(step)
            ? ": a statement of " + step + " failed."
            : (step == null ? "" : ", in " + step) + ", at:\n    " + Texts.indented(statement);
    return "Migration "
        + label
        + " failed during "
        + direction.verb()
        + where
        + "\nDatabase message: "
        + cause.getMessage()
        + (SqlErrors.permissionDenied(cause)
            ? "\nThe database user lacks a privilege for this statement: grant it, or migrate as a"
                + " user who has it."
            : "")
        + SettingFailures.explanation(cause)
        + viewChangedByHand();
  }

  /**
   * What to do when the view a statement drops is not there, or the one it creates is: most often a
   * view dropped, renamed or created by hand, which drift detection names.
   */
  private String viewChangedByHand() {
    String head = statement.lines().findFirst().orElse("");
    if (!head.contains(" VIEW ")) {
      return "";
    }
    if (head.startsWith("DROP ") && SqlErrors.objectMissing(cause)) {
      return "\nThe view is not there: if a migration created it, it was dropped or renamed since,"
          + " by hand or by SQL outside Strata. validate() (strata validate) names such a view"
          + " with the definition the migrations left: create it again as that, then start"
          + " again.";
    }
    if (head.startsWith("CREATE ") && SqlErrors.objectExists(cause)) {
      return "\nA view or table of that name is there already, which this migration did not"
          + " create: made by hand or by SQL outside Strata (validate(), strata validate, names a"
          + " view created by hand). Drop or rename it, then start again: the migration creates"
          + " it as it declares it.";
    }
    return "";
  }

  private String recovery() {
    if (outcome instanceof ConnectionLost lost) {
      return connectionLost(lost);
    }
    if (outcome instanceof Undone undone) {
      return rollbackFailed() + undone(undone);
    }
    if (outcome instanceof UndoFailed failed) {
      return rollbackFailed() + undoFailed(failed.compensation(), failed.historyError());
    }
    if (rollbackError != null) {
      return "Rolling the transaction back failed too ("
          + rollbackError
          + "); no history row was written. Check the database by hand before starting again.";
    }
    return "The transaction was rolled back: the database is as it was before the migration, and"
        + " no history row was written. "
        + fixAndRetry();
  }

  private String connectionLost(ConnectionLost lost) {
    String lostIt =
        "The connection to the database was lost (the server or an administrator ended it, a"
            + " failover, a proxy restart or the network): the migration itself is not at fault. ";
    if (lost.committing()) {
      return lostIt
          + "It was lost while committing, so the migration may or may not have been recorded:"
          + " status() (strata status) shows which. Start again once the database is reachable:"
          + " Strata continues from what the history table records.";
    }
    if (lost.transactional()) {
      return lostIt
          + "The database rolled back the migration's transaction when the connection ended:"
          + " nothing of it remains and no history row was written for it; migrations recorded as"
          + " applied before it stay applied. Start again once the database is reachable: the run"
          + " continues with this migration.";
    }
    return lostIt
        + "The database commits DDL at once, and Strata could not undo the statements that had"
        + " finished over the lost connection: the history table records the run as interrupted,"
        + " with how many of its statements finished. Once the database is reachable, call"
        + " repair() (strata repair): it completes the migration from where it stopped. Nothing needs"
        + " undoing by hand.";
  }

  private String rollbackFailed() {
    return rollbackError == null ? "" : "Rolling back failed (" + rollbackError + ").\n";
  }

  private String undone(Undone undone) {
    String undid =
        undone.undoStatements().isEmpty()
            ? "nothing needed undoing, as no operation that Strata can undo had taken effect."
            : "Strata undid its operations with:" + Texts.lines(undone.undoStatements());
    String manual =
        undone.executed().isEmpty()
            ? ""
            : "\nThese statements ran through execute() and cannot be undone automatically;"
                + " check their effect by hand:"
                + Texts.lines(undone.executed());
    String lost =
        undone.destructive().isEmpty()
            ? ""
            : "\nThese statements dropped or changed a table or column and cannot be undone"
                + " without the data they removed, so they remain in effect:"
                + Texts.lines(undone.destructive())
                + (undone.goneWithDestructive().isEmpty()
                    ? ""
                    : "\nThese statements cannot be undone either, as what they need went with the"
                        + " statements above:"
                        + Texts.lines(undone.goneWithDestructive()))
                + "\nPut back by hand what they changed (restore dropped data from a backup if you"
                + " need it) before starting again: the migration runs them again.";
    String history =
        undone.historyError() != null
            ? historyUpdateFailed(undone.historyError())
            : afterUndo(undone.resumed());
    return "The database commits DDL at once; " + undid + manual + lost + "\n" + history;
  }

  /** What the history table says after the run's statements were undone. */
  private String afterUndo(boolean resumed) {
    if (resumed) {
      return "The history table still records the run as interrupted where it stopped before. The"
          + " migration cannot be completed as it is: make the failing statement succeed and call"
          + " repair() again, or undo its finished statements by hand and delete its row.";
    }
    return (direction == Direction.UPGRADE
            ? "No history row remains for it. "
            : "The history table records it as applied, as before. ")
        + fixAndRetry();
  }

  /** What to fix before starting again: a step, or what a generated migration was written from. */
  private String fixAndRetry() {
    String settingAtFault = SettingFailures.retry(cause);
    if (settingAtFault != null) {
      return settingAtFault;
    }
    if (step != null) {
      return "Fix the step's SQL, or the rows it fails on," + STEP_RETRY;
    }
    return cause instanceof StepFailure ? "Fix the cause" + STEP_RETRY : FIX_AND_RETRY;
  }

  private String undoFailed(Compensation compensation, String historyError) {
    boolean upgrade = direction == Direction.UPGRADE;
    return "The database commits DDL at once, so Strata tried to undo the migration, but this"
        + " failed at:\n    "
        + Texts.indented(compensation.failedStatement())
        + "\nDatabase message: "
        + compensation.failure().getMessage()
        + "\nUndo statements that ran:"
        + (compensation.ran().isEmpty() ? " none" : Texts.lines(compensation.ran()))
        + "\nStatements of the migration that ran and remain applied:"
        + (compensation.remaining().isEmpty() ? " none" : Texts.lines(compensation.remaining()))
        + "\n"
        + (historyError != null
            ? historyUpdateFailed(historyError)
            : "The history table records the run as failed, so later runs refuse to start.")
        + " Undo these by hand so that the database is as it was before the "
        + direction.verb()
        + ", then call repair() (strata repair): it "
        + (upgrade ? "deletes the row of the failed migration." : "records it as applied again.");
  }

  private static String historyUpdateFailed(String error) {
    return "Updating the history table failed too ("
        + error
        + "): check its row for this migration by hand before starting again.";
  }
}
