package dev.strata.runtime.internal;

import dev.strata.runtime.MigrationState;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Every text the runtime shows its users, in one place so that they read alike: each names the
 * migration at fault, quotes the database, and says what to do next.
 */
final class Messages {

  static final String NO_SOURCE_FOUND =
      "No MigrationSource is registered in META-INF/services/dev.strata.runtime.MigrationSource:"
          + " check that strata-processor runs as annotation processor in the modules with @View"
          + " classes, or pass the sources to Strata.configure(dataSource).sources(...)";

  static final String NO_DATA_SOURCE =
      "This Strata has no DataSource (Strata.configure() without one), so it only renders SQL:"
          + " use Strata.configure(dataSource) to work with a database.";

  static final String LOCK_WAIT_INTERRUPTED =
      "Interrupted while waiting for the migration lock; nothing was applied.";

  private static final String FIX_AND_RETRY =
      "Fix the migration (for a generated one, the @View sql of that version) and start again.";

  private Messages() {}

  static String label(String set, int version, String description) {
    return String.format("V%04d \"%s\" of set %s", version, description, set);
  }

  static String invalidIdentifier(String what, String name) {
    return "Invalid "
        + what
        + " '"
        + name
        + "': use a plain SQL identifier (letters, digits and underscores, not starting with a"
        + " digit), optionally schema-qualified as schema.name";
  }

  static String invalidPlainIdentifier(String what, String name) {
    return "Invalid "
        + what
        + " '"
        + name
        + "': use a plain SQL identifier (letters, digits and underscores, not starting with a"
        + " digit), without a schema";
  }

  static String renameAcrossSchemas(String what, String from, String to) {
    return "Cannot rename "
        + what
        + " "
        + from
        + " to "
        + to
        + ": a rename keeps the "
        + what
        + " in its schema. Give the new name without a schema, or create the "
        + what
        + " in the other schema and drop the old one.";
  }

  static String discoveryFailed(Throwable cause) {
    return "Could not load a MigrationSource listed in"
        + " META-INF/services/dev.strata.runtime.MigrationSource: "
        + cause.getMessage()
        + ". Rebuild the module whose index is broken, or remove its stale jar from the classpath.";
  }

  static String duplicateSet(String set, String firstClass, String secondClass) {
    return "Migration set "
        + set
        + " is provided by both "
        + firstClass
        + " and "
        + secondClass
        + ": each set is the history of one module. Give one module another set name"
        + " (-Astrata.set=NAME), or remove the stale jar from the classpath.";
  }

  static String invalidSetName(String sourceClass, String set, int max) {
    return sourceClass
        + " names its migration set '"
        + set
        + "': a set name is not blank, has no surrounding spaces and at most "
        + max
        + " characters. Rebuild that module with a valid -Astrata.set=NAME.";
  }

  static String missingVersion(String set, String sourceClass, int version) {
    return "Migration set "
        + set
        + " ("
        + sourceClass
        + ") has no version "
        + version
        + ": versions must run from 1 without gaps. Rebuild the module so that the processor"
        + " regenerates its migrations from the snapshot chain.";
  }

  static String duplicateVersion(String set, String sourceClass, int version) {
    return "Migration set "
        + set
        + " ("
        + sourceClass
        + ") lists version "
        + version
        + " twice. Rebuild the module so that the processor regenerates its migrations from the"
        + " snapshot chain.";
  }

  static String checksumTooLong(String label, int max) {
    return "Migration "
        + label
        + " has a checksum longer than the history table's "
        + max
        + " characters. Rebuild its module with a Strata processor that matches this runtime.";
  }

  static String unknownSet(String set, List<String> known) {
    return "No migration set " + set + " is loaded; the loaded sets are " + known;
  }

  static String sessionFailed(String historyTable, Throwable cause) {
    return "Strata could not work with the database: "
        + cause.getMessage()
        + ". Check that the database is reachable and that its user may create, read and write"
        + " the history table "
        + historyTable
        + ".";
  }

  static String failedRow(String label, HistoryRow row, List<String> statements) {
    RunState state = row.runState();
    String verb = state.direction().verb();
    boolean upgrade = state.direction() == Direction.UPGRADE;
    String when =
        " (its "
            + verb
            + " began at "
            + row.appliedAt()
            + (row.installedBy() == null ? "" : " by " + row.installedBy())
            + ")";
    if (state.interrupted()) {
      return "Migration "
          + label
          + " did not finish"
          + when
          + ": the process or its database connection died during the "
          + verb
          + ". The database commits DDL at once, so what ran stays."
          + progress(row.statementsDone(), statements, "Perhaps running when it stopped:")
          + "\nCall repair() (strata repair) with the code that started it: it runs the rest of the "
          + verb
          + " and records the migration as "
          + (upgrade ? "applied" : "reverted")
          + ". Nothing else runs until then.";
    }
    int before = upgrade ? row.version() - 1 : row.version();
    return "The history table records migration "
        + label
        + " as failed"
        + when
        + ": a statement failed, and undoing the finished ones failed too; the error of that run"
        + " listed what remains."
        + progress(row.statementsDone(), statements, "Failed:")
        + "\nUndo by hand what remains, so that the views and tables are as version "
        + before
        + " left them, then call repair() (strata repair): it "
        + (upgrade ? "deletes this row" : "records the migration as applied again")
        + ". Nothing else runs until then.";
  }

  private static String progress(Integer done, List<String> statements, String nextTitle) {
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
            + (finished == 0 ? " none" : lines(statements.subList(0, finished)));
    if (finished < statements.size()) {
      text += "\n" + nextTitle + lines(statements.subList(finished, finished + 1));
    }
    if (finished + 1 < statements.size()) {
      text += "\nNot run:" + lines(statements.subList(finished + 1, statements.size()));
    }
    return text;
  }

  static String historyGap(String set, int expected, int found) {
    return "The history of set "
        + set
        + " has version "
        + found
        + " but not version "
        + expected
        + ": the history table was edited by hand. Restore the missing row, or revert the"
        + " versions above it by hand and delete their rows.";
  }

  static String missingFromCode(
      String set, String sourceClass, int newest, List<HistoryRow> missing) {
    String applied =
        missing.stream()
            .map(row -> label(row.set(), row.version(), row.description()))
            .collect(Collectors.joining(", "));
    String known =
        newest == 0 ? "no migration of set " + set : "versions 1 to " + newest + " of set " + set;
    return "The database has "
        + applied
        + " applied, but the code ("
        + sourceClass
        + ") knows "
        + known
        + ": the code is older than the database. Deploy the code that applied them, or revert"
        + " them with that code (downgrade(\""
        + set
        + "\", "
        + newest
        + ")) before starting this one.";
  }

  static String checksumMismatch(String label, int version, String applied, String code) {
    return "Migration "
        + label
        + " was applied with checksum "
        + applied
        + ", but the code has checksum "
        + code
        + ": its snapshot changed after it was applied. Restore the snapshot files of version "
        + version
        + " as they were when it was applied, or downgrade the database below version "
        + version
        + " with the code that applied it before changing history.";
  }

  static String loadFailed(String label, String sourceClass, Throwable cause) {
    return "Could not load migration "
        + label
        + " from "
        + sourceClass
        + ": "
        + (cause == null ? "load returned null" : cause.toString())
        + ". Its index lists a class that the classpath lacks: rebuild that module.";
  }

  static String indexMismatch(
      String label, String migrationClass, int version, String checksum, String indexed) {
    return "Migration class "
        + migrationClass
        + " loaded for "
        + label
        + " reports version "
        + version
        + " and checksum "
        + checksum
        + ", but the index lists checksum "
        + indexed
        + ": they come from different builds. Rebuild that module (mvn clean install).";
  }

  static String migrationFailed(String label, String verb, String statement, Throwable cause) {
    if (statement == null) {
      return "Migration " + label + " failed during " + verb + ": its code threw " + cause;
    }
    return "Migration "
        + label
        + " failed during "
        + verb
        + ", at:\n    "
        + indented(statement)
        + "\nDatabase message: "
        + cause.getMessage()
        + (SqlErrors.permissionDenied(cause)
            ? "\nThe database user lacks a privilege for this statement: grant it, or migrate as a"
                + " user who has it."
            : "");
  }

  static String rolledBack(String rollbackError) {
    if (rollbackError != null) {
      return "Rolling the transaction back failed too ("
          + rollbackError
          + "); no history row was written. Check the database by hand before starting again.";
    }
    return "The transaction was rolled back: the database is as it was before the migration, and"
        + " no history row was written. "
        + FIX_AND_RETRY;
  }

  static String rollbackFailed(String rollbackError) {
    return rollbackError == null ? "" : "Rolling back failed (" + rollbackError + ").\n";
  }

  static String compensated(
      Compensation compensation,
      List<String> executed,
      List<String> destructive,
      String historyNote) {
    String undone =
        compensation.ran().isEmpty()
            ? "nothing needed undoing, as no operation that Strata can undo had taken effect."
            : "Strata undid its operations with:" + lines(compensation.ran());
    String manual =
        executed.isEmpty()
            ? ""
            : "\nThese statements ran through execute() and cannot be undone automatically;"
                + " check their effect by hand:"
                + lines(executed);
    String lost =
        destructive.isEmpty()
            ? ""
            : "\nThese statements dropped or changed a table or column and cannot be undone"
                + " without the data they removed, so they remain in effect:"
                + lines(destructive)
                + "\nPut back by hand what they changed (restore dropped data from a backup if you"
                + " need it) before starting again: the migration runs them again.";
    return "The database commits DDL at once; " + undone + manual + lost + "\n" + historyNote;
  }

  /** What the history table says after a run's statements were undone. */
  static String afterUndo(Direction direction, boolean resumed) {
    if (resumed) {
      return "The history table still records the run as interrupted where it stopped before. The"
          + " migration cannot be completed as it is: make the failing statement succeed and call"
          + " repair() again, or undo its finished statements by hand and delete its row.";
    }
    return (direction == Direction.UPGRADE
            ? "No history row remains for it. "
            : "The history table records it as applied, as before. ")
        + FIX_AND_RETRY;
  }

  static String historyUpdateFailed(String error) {
    return "Updating the history table failed too ("
        + error
        + "): check its row for this migration by hand before starting again.";
  }

  static String compensationFailed(Compensation compensation, Direction direction, String error) {
    boolean upgrade = direction == Direction.UPGRADE;
    return "The database commits DDL at once, so Strata tried to undo the migration, but this"
        + " failed at:\n    "
        + indented(compensation.failedStatement())
        + "\nDatabase message: "
        + compensation.failure().getMessage()
        + "\nUndo statements that ran:"
        + (compensation.ran().isEmpty() ? " none" : lines(compensation.ran()))
        + "\nStatements of the migration that ran and remain applied:"
        + (compensation.remaining().isEmpty() ? " none" : lines(compensation.remaining()))
        + "\n"
        + (error != null
            ? historyUpdateFailed(error)
            : "The history table records the run as failed, so later runs refuse to start.")
        + " Undo these by hand so that the database is as it was before the "
        + direction.verb()
        + ", then call repair() (strata repair): it "
        + (upgrade ? "deletes the row of the failed migration." : "records it as applied again.");
  }

  static String historyWriteFailed(String label, SQLException cause) {
    return "Could not record the start of migration "
        + label
        + " in the history table: "
        + cause.getMessage()
        + ". Nothing of the migration ran. Check that the database user may insert, update and"
        + " delete rows of the history table.";
  }

  static String cannotComplete(
      String label, String sourceClass, String startedWith, String codeChecksum) {
    String why =
        codeChecksum == null
            ? "the code (" + sourceClass + ") does not have that version"
            : "it was started with checksum "
                + startedWith
                + ", but the code ("
                + sourceClass
                + ") has checksum "
                + codeChecksum;
    return "Cannot complete the interrupted run of migration "
        + label
        + ": "
        + why
        + ". Call repair() with the code that started it, or finish or undo its statements by"
        + " hand (status() and the error of upgrade() list them) and fix its history row.";
  }

  static String cleared(String label, MigrationState state) {
    return "Cleared the failed run of " + label + ": it is " + state + " now";
  }

  static String baselineRefused(String set, int version, int rows) {
    return "Cannot baseline set "
        + set
        + " at version "
        + version
        + ": the history table already records "
        + rows
        + " migration(s) of that set. A baseline adopts a database that Strata never migrated;"
        + " this one needs upgrade(), downgrade() or repair() instead.";
  }

  static String baselineVersion(String set, int version, int newest) {
    return "Cannot baseline set "
        + set
        + " at version "
        + version
        + ": the code has versions 1 to "
        + newest;
  }

  static String renderVersion(String set, int version, int newest) {
    return "Set " + set + " has no version " + version + ": use 0 (nothing applied) to " + newest;
  }

  static String lockTimeout(String lock, String database, Duration timeout, String holderHint) {
    return "Timed out after "
        + seconds(timeout)
        + " waiting for the migration lock ("
        + lock
        + ") on "
        + database
        + ": another Strata run holds it, still migrating or stuck. Wait for it and start again,"
        + " or find the session that holds it ("
        + holderHint
        + ") and end it, or allow a longer wait with Configuration.lockTimeout(...).";
  }

  static String noLock(String dialect, String database) {
    return "Strata has no migration lock for "
        + dialect
        + " ("
        + database
        + "): run one migrator at a time on this database.";
  }

  static String waitingForLock(String lock, String database) {
    return "Waiting for the migration lock (" + lock + ") on " + database + ", held by another run";
  }

  static String newerHistoryFormat(String table, int format, int known) {
    return "The history table "
        + table
        + " was written by a newer Strata (history format "
        + format
        + "; this runtime knows format "
        + known
        + "). Upgrade strata-runtime to the version that wrote it, or use another history table.";
  }

  static String foreignHistoryTable(String table, Set<String> found, Set<String> expected) {
    return "The table "
        + table
        + " exists but is not a Strata history table: it has the columns "
        + new TreeSet<>(found)
        + ", where Strata expects "
        + new TreeSet<>(expected)
        + ". Another tool wrote it, or a Strata of another format. Choose another history table"
        + " with Configuration.historyTable(...), or rename that table.";
  }

  static String cannotConnect(SQLException cause) {
    return "Strata could not connect to the database: "
        + cause.getMessage()
        + ". Check the JDBC URL, that the database server runs and is reachable from here, and the"
        + " user and password.";
  }

  static String cannotCreateHistory(String table, String user, SQLException cause) {
    return "The database user "
        + user
        + " may not create the history table "
        + table
        + ": "
        + cause.getMessage()
        + ". Grant that user the privilege to create tables there, or create the table once as a"
        + " user who may (run upgrade() as that user).";
  }

  static String permissionDenied(String table, SQLException cause) {
    return "The database user lacks a privilege that Strata needs: "
        + cause.getMessage()
        + ". Strata reads and writes the history table "
        + table
        + ", creates, replaces, renames and drops views, and creates, alters and drops tables:"
        + " grant these, or migrate as a user who may.";
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis / 1000.0 + " s";
  }

  private static String lines(List<String> statements) {
    return statements.stream().map(s -> "\n    " + indented(s)).collect(Collectors.joining());
  }

  // databases return view definitions on several lines: indent them to keep statements apart
  private static String indented(String statement) {
    return statement.strip().replace("\n", "\n      ");
  }
}
