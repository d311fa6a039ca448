package dev.strata.processor.jpa;

import dev.strata.processor.verify.NullWitness;
import dev.strata.processor.verify.Verdict;
import dev.strata.processor.verify.VerificationDialect;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The texts about a view entity: whether its fields and its table name match its view. */
final class ViewEntityMessages {

  private static final Map<String, String> WRAPPERS =
      Map.of(
          "boolean", "Boolean",
          "byte", "Byte",
          "char", "Character",
          "short", "Short",
          "int", "Integer",
          "long", "Long",
          "float", "Float",
          "double", "Double");

  private ViewEntityMessages() {}

  static String propertyAccess(String entity, String view, String selection) {
    return "View entity "
        + entity
        + " is mapped through its getters (property access, which "
        + selection
        + " selects), and Strata reads fields only: its mapping is not matched with view "
        + view
        + "'s columns. Put the mapping annotations on the fields (or @Access(AccessType.FIELD)"
        + " on the class) to have it checked";
  }

  static String secondaryTableUndeclared(MappedColumn field, String table) {
    return mapsTo(field)
        + " of secondary table "
        + table
        + ", which this module does not declare: Strata cannot check it, and Hibernate's"
        + " validation needs that table with the column. Map the table with a JPA @Entity to have"
        + " it checked (and, with -Astrata.tables=true, created)";
  }

  static String secondaryColumnMissing(MappedColumn field, String table, String columns) {
    return mapsTo(field)
        + " of secondary table "
        + table
        + ", which has no such column (it has "
        + columns
        + "); add the column to the table's entity or map the field to one it has";
  }

  static String fieldWithoutColumn(
      MappedColumn field, String view, List<Verdict.ResultColumn> columns) {
    return mapsTo(field)
        + ", which view "
        + view
        + " does not return (it returns "
        + columns.stream().map(c -> c.name()).collect(Collectors.joining(", "))
        + "); add the column to the query or map the field to one it returns";
  }

  static String fieldTypeMismatch(MappedColumn field, String view, Verdict.ResultColumn column) {
    return "Field "
        + field.field().getSimpleName()
        + " is "
        + JpaTypes.name(field.field().asType())
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

  /**
   * An integer field on a narrower integer column; where {@code mode} is MySQL's or MariaDB's, the
   * cast is one of theirs ({@code CAST(x AS BIGINT)} is a syntax error there, {@code AS SIGNED} a
   * {@code bigint}), in a query of their own, as H2 and PostgreSQL have no {@code SIGNED}.
   */
  static String narrowerInteger(
      MappedColumn field, String view, Verdict.ResultColumn column, VerificationDialect mode) {
    boolean mysql = mode == VerificationDialect.MYSQL || mode == VerificationDialect.MARIADB;
    return fieldAgainstColumn(field, view, column)
        + ", a narrower integer, which Hibernate's schema validation refuses (found ["
        + column.typeName().toLowerCase(java.util.Locale.ROOT)
        + "], but expecting ["
        + field.sqlType().toLowerCase(java.util.Locale.ROOT)
        + "]); declare the field of the column's type or CAST the column AS "
        + (mysql
            ? "SIGNED in a query of " + mode.databaseName() + "'s own (@View.Dialect)"
            : field.sqlType());
  }

  static String textOnEnum(MappedColumn field, String view, Verdict.ResultColumn column) {
    return fieldAgainstColumn(field, view, column)
        + ", the type of its own H2 gives an enum stored by name, which Hibernate's schema"
        + " validation refuses for it on H2 (found [enum (Types#OTHER)], but expecting ["
        + field.sqlType().toLowerCase(java.util.Locale.ROOT)
        + "]); change the field's type or CAST the column AS VARCHAR(n)";
  }

  static String fixedLengthText(MappedColumn field, String view, Verdict.ResultColumn column) {
    return fieldAgainstColumn(field, view, column)
        + ", a fixed-length text, which Hibernate's schema validation refuses for it on H2 and"
        + " PostgreSQL (found [character], but expecting [varchar(255)]); CAST the column AS"
        + " VARCHAR(n)";
  }

  static String variableLengthText(MappedColumn field, String view, Verdict.ResultColumn column) {
    return fieldAgainstColumn(field, view, column)
        + ", a variable-length text, which Hibernate's schema validation refuses for it on H2 and"
        + " PostgreSQL (found [character varying], but expecting ["
        + field.sqlType().toLowerCase(java.util.Locale.ROOT)
        + "]); CAST the column AS "
        + field.sqlType();
  }

  static String quotedOnPostgres(MappedColumn field, String view) {
    return mapsTo(field)
        + ", but view "
        + view
        + " returns it under a quoted name with upper-case letters (AS \"...\"), whose case"
        + " PostgreSQL keeps: Hibernate's SQL names the column unquoted, which PostgreSQL reads as "
        + field.name().toLowerCase(java.util.Locale.ROOT)
        + " and does not find. Write the query's alias unquoted, or quoted in lower case";
  }

  /**
   * A {@code Boolean} on a condition, {@code TRUE}, {@code FALSE} or a {@code COALESCE} of a
   * boolean column with one, which MySQL and MariaDB return as a number, where Hibernate expects
   * their {@code bit}: the advice is what Hibernate takes on H2, PostgreSQL and MariaDB alike.
   */
  static String conditionAsNumber(
      MappedColumn field, String view, Verdict.ResultColumn column, VerificationDialect target) {
    return "Field "
        + field.field().getSimpleName()
        + " is "
        + JpaTypes.name(field.field().asType())
        + ", but view "
        + view
        + " returns column "
        + column.name()
        + " as a condition, TRUE or FALSE, which "
        + target.databaseName()
        + ", which the module targets, returns as a number (an int, a decimal where it meets a"
        + " boolean column), where Hibernate's schema validation expects a bit for it (found [int],"
        + " but expecting [bit]); return CASE WHEN <condition> THEN 1 ELSE 0 END and read it with"
        + " an Integer, or with a Boolean under @Convert(converter = ...) of an"
        + " AttributeConverter<Boolean, Integer>";
  }

  /** A refusal found in H2's mode of a database the module targets, saying so. */
  static String onTarget(String refusal, VerificationDialect target) {
    String checked =
        switch (target) {
          case MYSQL, MARIADB ->
              "there SUM, AVG and / of integers or decimals are a decimal, a condition, CHAR_LENGTH"
                  + " and LENGTH an int";
          case H2, POSTGRESQL -> "checked in " + target.display();
        };
    return refusal
        + " (as "
        + target.databaseName()
        + " types it, which the module targets: "
        + checked
        + ")";
  }

  /** What a field is and what the view returns for it, as the refusals above begin. */
  /** The start of a message about a field: "Field email maps to column email". */
  private static String mapsTo(MappedColumn field) {
    return "Field " + field.field().getSimpleName() + " maps to column " + field.name();
  }

  private static String fieldAgainstColumn(
      MappedColumn field, String view, Verdict.ResultColumn column) {
    return "Field "
        + field.field().getSimpleName()
        + " is "
        + JpaTypes.name(field.field().asType())
        + " ("
        + field.sqlType()
        + "), but view "
        + view
        + " returns column "
        + column.name()
        + " as "
        + column.typeName();
  }

  static String nullIntoPrimitive(
      MappedColumn field, String view, Verdict.ResultColumn column, NullWitness witness) {
    String type = JpaTypes.name(field.field().asType());
    return "View "
        + view
        + " can return NULL in column "
        + column.name()
        + " (it does on H2 "
        + witness.describe()
        + "), and Hibernate cannot set a NULL on the "
        + type
        + " field "
        + field.field().getSimpleName()
        + ": it throws when it loads such a row (Null value was assigned to a property of"
        + " primitive type). Declare the field "
        + WRAPPERS.getOrDefault(type, type)
        + ", or give the column a value where it is NULL (COALESCE(..., 0))";
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

  static String viewNamedBeforeNaming(String className, String given, String table, String view) {
    return "Entity "
        + className
        + " maps to table "
        + table
        + ": -Astrata.naming=snake_case turns @Table(name = \""
        + given
        + "\") into that name, as Spring Boot's naming strategy does, but its view is named "
        + view
        + ": Hibernate would not find it. Name the view "
        + table
        + ", or leave out its name in @View to take that one";
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
}
