package dev.strata.processor.validation;

import dev.strata.processor.jpa.TargetDatabases;
import dev.strata.processor.model.ClassFileStrings;
import java.util.List;
import java.util.Locale;

/** The texts of the validators: what is wrong with a declared view, and what to do about it. */
final class ValidationMessages {

  static final String EMPTY_SQL =
      "@View sql is empty: give the SELECT statement that defines the view, for example"
          + " sql = \"SELECT id, email FROM users WHERE active = TRUE\"";

  static final String NOT_VERIFIED_WITHOUT_ENTITIES =
      "Strata did not run the views' SQL at compile time: this module declares no JPA entities,"
          + " so Strata does not know the tables the views read";

  static final String WITH_DATA_NOT_MATERIALIZED =
      "@View withData = false is for a materialized view: add materialized = true, or remove"
          + " withData";

  static final String INDEX_WITHOUT_COLUMNS =
      "@View.Index names no column: list the view's columns it indexes, for example"
          + " columns = \"customer_id\"";

  private ValidationMessages() {}

  static String checkOptionNotUpdatable(String view, String database, String obstacle) {
    return "@View checkOption on view "
        + view
        + ": "
        + database
        + " refuses WITH CHECK OPTION on a view it cannot update, and the query it runs makes this"
        + " one so with "
        + obstacle
        + " at its top level; remove checkOption (no row is written through such a view), or"
        + " write the query without it";
  }

  static String checkOptionOnTemporaryTable(String view, String database) {
    return "@View checkOption on view "
        + view
        + ": "
        + database
        + " refuses WITH CHECK OPTION on a view of ALGORITHM = TEMPTABLE, whose rows are a"
        + " temporary table's and cannot be updated (CHECK OPTION on non-updatable view); remove"
        + " checkOption, or the algorithm";
  }

  static String reservedViewName(String view, String databases) {
    return "The name of view "
        + view
        + " is a reserved word of "
        + databases
        + ": its migration fails there, since Strata writes view names unquoted. Name it"
        + " otherwise with @View(name = \"...\"); the databases checked come from -Astrata.dialect"
        + " and -Astrata.targets (H2 when they name none)";
  }

  static String indexNotMaterialized(String view) {
    return "@View indexes on view "
        + view
        + ", which is not materialized: a plain view has no rows of its own to index; add"
        + " materialized = true, or remove the index";
  }

  static String invalidIndexName(String name) {
    return "@View.Index name \""
        + name
        + "\" is not a plain SQL identifier of at most 63 characters (an index lives in its"
        + " view's schema): give name = \"...\" explicitly";
  }

  static String duplicateIndexName(String name, String view) {
    return "Two indexes of view " + view + " are named " + name + ": give one of them another name";
  }

  static String indexNameTaken(
      String name, String view, String otherName, String otherView, String otherClass) {
    return "Index "
        + name
        + " of view "
        + view
        + " has the name of index "
        + otherName
        + " of view "
        + otherView
        + " (class "
        + otherClass
        + "): PostgreSQL and H2 keep index names per schema, not per view, so the upgrade would"
        + " fail there; give this index an explicit name = \"...\" that no other index of the"
        + " module has";
  }

  static String unknownIndexColumn(String view, String column, java.util.Set<String> columns) {
    return "@View.Index names column "
        + column
        + ", which view "
        + view
        + " does not have; its columns are "
        + String.join(", ", columns);
  }

  static String misreadSyntax(String view, String database, String construct) {
    return targetSyntax(
        view,
        database,
        construct,
        "would create the view and return other rows than H2 checked at compile time");
  }

  static String foreignSyntax(String view, String database, String construct) {
    return targetSyntax(
        view, database, construct, "refuses it at startup, though H2 took it at compile time");
  }

  /** A construct that target {@code database} takes otherwise than H2, and what it does. */
  private static String targetSyntax(
      String view, String database, String construct, String whatItDoes) {
    String name = TargetDatabases.displayName(database);
    return "The query of view "
        + view
        + " has "
        + construct
        + ". "
        + name
        + ", which the module runs on (-Astrata.dialect, -Astrata.targets), "
        + whatItDoes
        + "; or give the view a query of its own for "
        + name
        + " (dialects)";
  }

  static String quotedIndexColumn(String view, String column) {
    return "@View.Index names column "
        + column
        + " of view "
        + view
        + ", which its query names as a quoted identifier: Strata writes index columns unquoted,"
        + " and the database folds their case (H2 to upper case, PostgreSQL to lower case), so"
        + " the index would not find the column at startup. Name the column without quotes in the"
        + " query (AS "
        + column.toLowerCase(java.util.Locale.ROOT)
        + ")";
  }

  static String unknownDialectIndexColumn(
      String view, String column, String database, java.util.Set<String> columns) {
    return "@View.Index names column "
        + column
        + ", which the "
        + database
        + " query of view "
        + view
        + " does not return; its columns are "
        + String.join(", ", columns)
        + ": name the column alike in every query";
  }

  static String sqlTooLong(int bytes) {
    return "@View sql takes "
        + bytes
        + " bytes in a class file, which holds a string of at most "
        + ClassFileStrings.MAX_BYTES
        + ", so javac cannot compile this class; split the query into views that read each other";
  }

  static String loneSurrogate(char surrogate, int index) {
    return String.format(
        Locale.ROOT,
        "@View sql holds half a character at position %d (the lone surrogate \\u%04X), which no"
            + " database and no UTF-8 file can store; write the whole character (both halves of"
            + " the pair) or remove it",
        index + 1,
        (int) surrogate);
  }

  static String optionOnMaterialized(String attribute, String view) {
    return "@View "
        + attribute
        + " is an option of a plain view, and "
        + view
        + " is materialized: no database checks, secures or merges the rows a materialized view"
        + " stores; remove "
        + attribute
        + ", or remove materialized = true";
  }

  static String unknownDialect(String database) {
    return "@View.Dialect database \""
        + database
        + "\" is not a database Strata knows: use h2, postgresql, mysql or mariadb";
  }

  static String dialectTwice(String database) {
    return "@View has two dialects for "
        + database
        + ": keep one query per database (mariadb falls back to mysql by itself)";
  }

  static String optionLacking(String attribute, String database) {
    return "@View "
        + attribute
        + " has no equivalent on "
        + database
        + ", which this module targets (-Astrata.targets, -Astrata.dialect): remove the option,"
        + " or remove "
        + database
        + " from the targets to have the option ignored there";
  }

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

  static String unknownDependency(String name) {
    return "@View dependsOn names \""
        + name
        + "\", which is not a view of this module; name a @View declared in this module";
  }

  static String readsRenamedView(String reader, String oldName, String newName) {
    return "View "
        + reader
        + " reads "
        + oldName
        + ", which this version renames to "
        + newName
        + ": the migration would fail when it runs; read "
        + newName
        + " instead";
  }

  static String dependencyCycle(List<String> cycle) {
    return "Views read each other in a cycle, which no database can create: "
        + String.join(" -> ", cycle)
        + " -> "
        + cycle.get(0)
        + "; change one of them so that it no longer reads the next";
  }

  static String viewFailsOnH2(String view, String database, String message) {
    return "View "
        + view
        + " fails on a database built from this module's entities ("
        + database
        + "): "
        + message
        + ". Fix the query; if your database runs it but H2 cannot, set @View(verify = false)";
  }

  static String tableFailsOnH2(String view, String database, String table, String message) {
    return "View "
        + view
        + " cannot be checked: table "
        + table
        + ", which it reads, cannot be created from its entity on a database built from this"
        + " module's entities ("
        + database
        + "): "
        + message
        + ". The entity's mapping is at fault, not the query: a column named by a keyword of H2"
        + " (year, value, user...) needs another name in @Column(name); if your database takes"
        + " the table but H2 cannot, set @View(verify = false)";
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
}
