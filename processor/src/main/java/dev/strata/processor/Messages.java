package dev.strata.processor;

import java.nio.file.Path;
import java.util.List;

/** Every text the processor shows a user, in one place so that they read alike. */
final class Messages {

  static final String EMPTY_SQL =
      "@View sql is empty: give the SELECT statement that defines the view, for example"
          + " sql = \"SELECT id, email FROM users WHERE active = TRUE\"";

  static final String NO_MODULE_FOLDER =
      "Strata cannot tell which module is being compiled from the class output location, so it"
          + " does not know where the snapshot folder is; pass -Astrata.snapshots=DIR";

  private Messages() {}

  static String invalidName(String name) {
    return "@View name \""
        + name
        + "\" is not a valid SQL identifier: use letters, digits and underscores, not starting"
        + " with a digit, at most 63 characters, optionally qualified by a schema"
        + " (reporting.active_users)";
  }

  static String invalidDefaultName(String name, String className) {
    return "The view name derived from "
        + className
        + " (\""
        + name
        + "\") is not a valid SQL identifier; give one with @View(name = \"...\")";
  }

  static String duplicateName(String name, String otherClass) {
    return "View \""
        + name
        + "\" is also declared by "
        + otherClass
        + "; each view needs its own name";
  }

  static String invalidSql(String reason) {
    return "@View sql cannot define a view: " + reason;
  }

  static final String UNPARSED_SQL =
      "Strata's SQL parser does not understand this query (vendor syntax?); it is accepted as"
          + " written, compared with whitespace, comments and keyword case ignored, and the views"
          + " it reads are guessed from the names in it: declare any it misses with dependsOn";

  static String unknownDependency(String name) {
    return "@View dependsOn names \""
        + name
        + "\", which is not a view of this module; name a @View declared in this module";
  }

  static String dependencyCycle(List<String> cycle) {
    return "Views read each other in a cycle, which no database can create: "
        + String.join(" -> ", cycle)
        + " -> "
        + cycle.get(0)
        + "; change one of them so that it no longer reads the next";
  }

  static String invalidRenamedFrom(String name) {
    return "@View renamedFrom \"" + name + "\" is not a valid SQL identifier";
  }

  static String renamedFromItself(String name) {
    return "@View renamedFrom names the view's own name \"" + name + "\"; remove it";
  }

  static String renamedFromTwice(String name, String otherClass) {
    return "View \""
        + name
        + "\" is also declared as renamed by "
        + otherClass
        + "; one view can take the old name";
  }

  static String unmappedFieldType(javax.lang.model.element.VariableElement field) {
    return "Strata cannot tell which column type field "
        + field.getSimpleName()
        + " ("
        + field.asType()
        + ") maps to; it leaves the field out of its checks and tables";
  }

  static final String NOT_VERIFIED_WITHOUT_ENTITIES =
      "Strata did not run the views' SQL at compile time: this module declares no JPA entities,"
          + " so Strata does not know the tables the views read";

  static String viewFailsOnH2(String view, String database, String message) {
    return "View "
        + view
        + " fails on a database built from this module's entities ("
        + database
        + "): "
        + message
        + ". Fix the query; if your database runs it but H2 cannot, set @View(verify = false)";
  }

  static String readsUndeclaredTables(String view, List<String> tables) {
    String names = String.join(", ", tables);
    return "View "
        + view
        + " reads "
        + names
        + ", which this module does not declare. Map it with a JPA @Entity, or, if another tool"
        + " manages it, declare it with @View(externalTables = \""
        + tables.get(0)
        + "\"); or turn the check off for this view with @View(verify = false)";
  }

  static String fieldWithoutColumn(
      MappedColumn field,
      String view,
      List<dev.strata.processor.verify.Verdict.ResultColumn> columns) {
    return "Field "
        + field.field().getSimpleName()
        + " maps to column "
        + field.name()
        + ", which view "
        + view
        + " does not return (it returns "
        + columns.stream().map(c -> c.name()).collect(java.util.stream.Collectors.joining(", "))
        + "); add the column to the query or map the field to one it returns";
  }

  static String fieldTypeMismatch(
      MappedColumn field, String view, dev.strata.processor.verify.Verdict.ResultColumn column) {
    return "Field "
        + field.field().getSimpleName()
        + " is "
        + field.field().asType()
        + " ("
        + field.category().display()
        + "), but view "
        + view
        + " returns column "
        + column.name()
        + " as "
        + column.typeName()
        + " ("
        + column.category().display()
        + "); change the field's type or CAST the column";
  }

  static String columnWithoutField(String view, String column, String className) {
    return "View "
        + view
        + " returns column "
        + column
        + ", which no field of "
        + className
        + " reads";
  }

  static String dropsTable(int version, String table) {
    return "Version " + version + " drops table " + table + " and every row in it";
  }

  static String dropsColumn(int version, String table, String column) {
    return "Version " + version + " drops column " + table + "." + column + " and the data in it";
  }

  static String addsNotNullColumn(int version, String table, String column) {
    return "Version "
        + version
        + " adds column "
        + table
        + "."
        + column
        + " as NOT NULL without a default: it fails on a table that has rows; make the field"
        + " nullable (a wrapper type such as Integer), or fill the column in a later version";
  }

  static String narrowsColumn(
      int version,
      String table,
      dev.strata.processor.model.ColumnDefinition before,
      dev.strata.processor.model.ColumnDefinition after) {
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
        + ": values that do not fit make the migration fail";
  }

  static String entityNotMappedToView(String className, String table, String view) {
    return "Entity "
        + className
        + " maps to table "
        + table
        + ", but its view is named "
        + view
        + ": Hibernate would not find it. Add @Table(name = \""
        + view
        + "\") to the class, or name the view "
        + table;
  }

  static String badSnapshot(Path file, String problem) {
    return "Strata cannot use snapshot " + file + ": " + problem + ". Nothing was written.";
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

  static String invalidOption(String option, String value, String expected) {
    return "Option -A" + option + "=" + value + " is not valid: " + expected;
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

  static String internalError(String trace) {
    return "Strata internal error, please report it with this trace:\n" + trace;
  }
}
