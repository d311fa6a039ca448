package dev.strata.processor;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.sql.QueryAnalyzer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The texts of the stages in this package: the pipeline's (snapshot folder and history, check mode,
 * new versions, internal errors), the schema modeler's and the destructive-change report's. Each
 * sub-package keeps its own texts beside the code that decides them.
 */
final class Messages {

  static final String NO_MODULE_FOLDER =
      "Strata cannot tell which module is being compiled from the class output location, so it"
          + " does not know where the snapshot folder is; pass -Astrata.snapshots=DIR";

  static final String UNPARSED_SQL =
      "Strata's SQL parser does not understand this query (a misspelt keyword, or vendor"
          + " syntax?) or gave up on it after "
          + QueryAnalyzer.PARSE_TIME_LIMIT.toSeconds()
          + " seconds of CPU time; its strings, brackets and clauses are complete, so it is"
          + " accepted as written: check its spelling, since unless it runs on H2 at compile time"
          + " a mistake in it fails only the migration. It is compared token by token"
          + " with whitespace, comments and keyword case ignored, and the views it reads are"
          + " guessed from the names in it: declare any it misses with dependsOn";

  private Messages() {}

  static String invalidSql(String reason) {
    return "@View sql cannot define a view: " + reason;
  }

  static String downgradeLoses(int version, List<String> lost) {
    return "Reverting version "
        + version
        + " loses data for good: its downgrade "
        + String.join("; ", lost)
        + ". strata downgrade asks for --allow-data-loss before it runs one, and the runtime logs"
        + " a warning; back the data up before reverting it";
  }

  static String downgradeDropsTable(String table) {
    return "drops table " + table + " and every row in it";
  }

  static String downgradeDropsColumn(String table, String column) {
    return "drops column " + table + "." + column + " and the data in it";
  }

  static String downgradeAddsNotNullColumn(String table, String column) {
    return "adds column "
        + table
        + "."
        + column
        + " back as NOT NULL without a default, which fails on a table that has rows";
  }

  static String downgradeAddsColumnACheckRequires(
      String table, String column, CheckDefinition check) {
    return "adds column "
        + table
        + "."
        + column
        + " back empty, where check "
        + check.name()
        + " requires it for some rows ("
        + check.condition()
        + "), which fails on a table that has rows";
  }

  static String downgradeNarrowsColumn(
      String table, ColumnDefinition current, ColumnDefinition earlier) {
    return "changes column "
        + table
        + "."
        + earlier.name()
        + " back from "
        + current.type()
        + " to "
        + earlier.type()
        + (earlier.nullable() ? "" : " NOT NULL")
        + ", which stops at or cuts values that do not fit";
  }

  static String dropsTable(int version, String table) {
    return "Version " + version + " drops table " + table + " and every row in it";
  }

  static String dropsColumn(int version, String table, String column) {
    return "Version " + version + " drops column " + table + "." + column + " and the data in it";
  }

  static String makesUnique(int version, String table, List<String> columns) {
    return "Version "
        + version
        + " makes "
        + table
        + "("
        + String.join(", ", columns)
        + ") unique: rows already there that share a value make the migration fail. Remove or"
        + " change them first, in a @Step(version = "
        + version
        + ", runs = Step.Runs.BEFORE_GENERATED) or before deploying";
  }

  static String addsForeignKey(
      int version, String table, dev.strata.processor.model.ForeignKeyDefinition key) {
    return "Version "
        + version
        + " adds a foreign key from "
        + table
        + "("
        + String.join(", ", key.columns())
        + ") to "
        + key.referencedTable()
        + "("
        + String.join(", ", key.referencedColumns())
        + "): rows already there that refer to no "
        + key.referencedTable()
        + " make the migration fail. Set them to NULL or delete them first, in a @Step(version = "
        + version
        + ", runs = Step.Runs.BEFORE_GENERATED) or before deploying";
  }

  static String ordinalEnumGrows(int version, String table, String column, int before, int after) {
    return "Version "
        + version
        + " lets column "
        + table
        + "."
        + column
        + ", an enum stored by its position (ordinal), hold 0 to "
        + after
        + " where it held 0 to "
        + before
        + ": constants were added to its enum. Rows keep their numbers, and Hibernate reads a"
        + " number as the constant now at that position: if a constant was added before the last"
        + " one, or the constants were reordered, the rows already there now mean other"
        + " constants. Add constants only at the end, or store the enum by name"
        + " (@Enumerated(EnumType.STRING), in a new column filled by a step)";
  }

  /**
   * A version that creates a sequence for a table that had rows before it: the sequence starts
   * where Hibernate's export starts it, below the keys the rows may hold. Hibernate's pooled
   * optimizer takes a value {@code v} to give the keys {@code v - increment + 1} to {@code v}, so
   * the next value must be the highest key plus the increment.
   */
  static String startsSequenceUnderRows(
      int version, String table, String key, SequenceDefinition sequence) {
    String name = sequence.name();
    return "Version "
        + version
        + " creates sequence "
        + name
        + " for table "
        + table
        + ", which existed before it: the sequence starts at "
        + sequence.start()
        + ", as Hibernate creates it, so the first keys it gives may be keys the rows already"
        + " hold, and inserts then fail; in a @Step of version "
        + version
        + ", make its next value the highest key plus its increment ("
        + sequence.increment()
        + "): on PostgreSQL SELECT setval('"
        + name
        + "', (SELECT max("
        + key
        + ") FROM "
        + table
        + ")), on H2 and MariaDB ALTER SEQUENCE "
        + name
        + " RESTART WITH that value; or ignore this for a table without rows";
  }

  /**
   * A version that renames a table whose key sequence is named after it: the former sequence, and
   * the position its keys had reached, is dropped, and the new one starts at its start.
   */
  static String replacesRenamedTablesSequence(
      int version,
      String former,
      String table,
      SequenceDefinition dropped,
      SequenceDefinition created) {
    return "Version "
        + version
        + " renames table "
        + former
        + " to "
        + table
        + ", whose keys come from sequence "
        + created.name()
        + " now, named after it: it drops "
        + dropped.name()
        + " and creates "
        + created.name()
        + " starting at "
        + created.start()
        + ", so the first keys it gives may be keys the rows already hold, and inserts then fail"
        + " (its downgrade creates "
        + dropped.name()
        + " at its start likewise); keep the sequence: @SequenceGenerator(name = \"...\","
        + " sequenceName = \""
        + dropped.name()
        + "\", initialValue = "
        + dropped.start()
        + ", allocationSize = "
        + dropped.increment()
        + ") on the key, named by its @GeneratedValue(generator); or ignore this for a table"
        + " without rows";
  }

  static String addsNotNullColumn(int version, String table, String column) {
    return "Version "
        + version
        + " adds column "
        + table
        + "."
        + column
        + " as NOT NULL without a default: it fails on a table that has rows; give the field a"
        + " default with @ColumnDefault (Hibernate's, as in @ColumnDefault(\"0\")), which fills"
        + " the rows already there, make the field nullable (a wrapper type such as Integer), or"
        + " fill the column in a later version";
  }

  static String narrowsColumn(
      int version, String table, ColumnDefinition before, ColumnDefinition after) {
    if (before.type().equalsIgnoreCase(after.type()) && before.nullable() && !after.nullable()) {
      return "Version "
          + version
          + " makes column "
          + table
          + "."
          + after.name()
          + " NOT NULL: rows where it is NULL make the migration fail. Give the field a default"
          + " with @ColumnDefault, which fills them first, or fill them in a @Step(version = "
          + version
          + ", runs = Step.Runs.BEFORE_GENERATED) or before deploying";
    }
    return "Version "
        + version
        + " changes column "
        + table
        + "."
        + after.name()
        + " from "
        + before.type()
        + (before.nullable() ? "" : " NOT NULL")
        + " to "
        + after.type()
        + (after.nullable() ? "" : " NOT NULL")
        + switch (Narrowing.of(before, after)) {
          case REFUSED -> ": values that do not fit make the migration fail";
          case ROUNDED ->
              ": every database rounds the values to its decimals without an error (12.345 becomes"
                  + " 12.35), and values too large for it make the migration fail";
          case TIME_DROPPED ->
              ": every database drops the time of day from the values without an error";
          case FRACTION_ROUNDED ->
              ": PostgreSQL, whose plain TIME kept microseconds, rounds the values to the new"
                  + " type's fraction of a second without an error (12:30:00.6 becomes 12:30:01 in"
                  + " a TIME(0)); H2 and MariaDB kept whole seconds already";
          case FRACTION_CUT ->
              ": the values keep the new type's digits of a second only, without an error"
                  + " (PostgreSQL rounds 12:30:00.123756 to 12:30:00.124 in a TIMESTAMP(3), MariaDB"
                  + " cuts it to 12:30:00.123)";
        };
  }

  static String badSnapshot(Path file, String problem) {
    return "Strata cannot use snapshot " + file + ": " + problem + ". Nothing was written.";
  }

  static String sourcesNotWritten(Path snapshot, String reason) {
    return "Strata could not write the generated migrations ("
        + reason
        + "), so it removed snapshot "
        + snapshot.getFileName()
        + " again: the snapshot folder is as it was. Fix the cause and compile again.";
  }

  static String setMismatch(Path folder, String historySet, String optionSet) {
    return "The snapshots in "
        + folder
        + " belong to migration set \""
        + historySet
        + "\", but this build says -Astrata.set="
        + optionSet
        + "; a set keeps its name for life, or every database would apply its history again";
  }

  /**
   * A build without {@code -Astrata.tables=true} on a history that versions tables, which would
   * otherwise record a version dropping every one of them.
   */
  static String tablesWithoutOption(Path newestSnapshot, List<String> tables) {
    int shown = Math.min(tables.size(), 5);
    List<String> parts = new ArrayList<>(tables.subList(0, shown));
    if (tables.size() > shown) {
      parts.add((tables.size() - shown) + " more");
    }
    int last = parts.size() - 1;
    String names =
        last == 0
            ? parts.get(0)
            : String.join(", ", parts.subList(0, last)) + " and " + parts.get(last);
    return "The newest snapshot "
        + newestSnapshot.getFileName()
        + " records the "
        + (tables.size() == 1 ? "table " : "tables ")
        + names
        + ", but this build does not version tables (-Astrata.tables is not true), so it would"
        + " record a version dropping them with every row in them. Pass -Astrata.tables=true, as"
        + " the builds that recorded them did (in <compilerArgs>, for every build of the module);"
        + " to drop a table, delete its entity in a build with the option. Nothing was written.";
  }

  static String checkFailed(Path newestSnapshot, List<String> changedViews) {
    return "The views differ from the newest snapshot "
        + newestSnapshot
        + ": "
        + String.join(", ", changedViews)
        + ". Build without -Astrata.check=true to record them as a new version, and commit the"
        + " new snapshot.";
  }

  static String checkFailedOnView(String view, String change) {
    return "View \""
        + view
        + "\" "
        + change
        + " since the newest snapshot; build without -Astrata.check=true to record it";
  }

  static String newVersion(Path snapshot, String className) {
    return "Strata recorded schema version "
        + snapshot.getFileName()
        + " in "
        + snapshot
        + " and generated "
        + className
        + "; commit the snapshot with your change";
  }

  static String analysisFailed(Throwable failure) {
    return "Strata could not analyse this query: "
        + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : " (" + failure.getMessage() + ")")
        + ". This is a defect in Strata, please report it with the query; until it is fixed,"
        + " rewrite the part of the query this names, or move it into a view of its own";
  }

  static String viewInGeneratedClass(String view) {
    return "View "
        + view
        + " is declared on a class that another annotation processor generated. Strata records"
        + " the views of the sources javac was given, in its first round, before other processors'"
        + " classes exist, so this view would be missing from the snapshot (or, if recorded"
        + " earlier, dropped). Declare the @View on a class in the sources, or generate this class"
        + " before compiling (for instance in Maven's generate-sources phase).";
  }

  static String snapshotRemoved(Path snapshot) {
    return "Strata removed snapshot "
        + snapshot.getFileName()
        + ", which this build wrote without the views refused above: the snapshot folder is as it"
        + " was.";
  }

  static String internalError(String trace) {
    return "Strata internal error, please report it with this trace:\n" + trace;
  }
}
