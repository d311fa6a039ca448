package dev.strata.runtime.internal;

import java.util.List;
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

  static String failedRow(String label, int version) {
    return "The history table records migration "
        + label
        + " as failed. Strata never writes such a row: check that the views are as version "
        + (version - 1)
        + " of the set left them, delete the row, and start again.";
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
        + cause.getMessage();
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

  static String compensated(Compensation compensation, List<String> uncompensable) {
    String undone =
        compensation.ran().isEmpty()
            ? "no view needed restoring, as no view operation had taken effect."
            : "Strata undid its operations with:" + lines(compensation.ran());
    String manual =
        uncompensable.isEmpty()
            ? ""
            : "\nThese statements ran through execute() and cannot be undone automatically;"
                + " check their effect by hand:"
                + lines(uncompensable);
    return "The database commits DDL at once; "
        + undone
        + manual
        + "\nNo history row was written. "
        + FIX_AND_RETRY;
  }

  static String compensationFailed(Compensation compensation) {
    return "The database commits DDL at once, so Strata tried to undo the migration, but this"
        + " failed at:\n    "
        + indented(compensation.failedStatement())
        + "\nDatabase message: "
        + compensation.failure().getMessage()
        + "\nUndo statements that ran:"
        + (compensation.ran().isEmpty() ? " none" : lines(compensation.ran()))
        + "\nStatements of the migration that ran and remain applied:"
        + (compensation.remaining().isEmpty() ? " none" : lines(compensation.remaining()))
        + "\nNo history row was written. Undo these by hand so that the database is as it was"
        + " before the migration, then start again.";
  }

  private static String lines(List<String> statements) {
    return statements.stream().map(s -> "\n    " + indented(s)).collect(Collectors.joining());
  }

  // databases return view definitions on several lines: indent them to keep statements apart
  private static String indented(String statement) {
    return statement.strip().replace("\n", "\n      ");
  }
}
