package dev.strata.processor.jpa;

import dev.strata.processor.verify.Verdict;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.VariableElement;

/** The texts of the JPA stages: how an entity maps, and how a view entity matches its view. */
final class JpaMessages {

  private JpaMessages() {}

  private static final String WAYS_OUT =
      "; map it another way, or set -Astrata.tables=false and manage the tables with another tool"
          + " (Flyway, Liquibase) while Strata keeps the views";

  /** Added to the message on a generator: the strategy Strata can realise. */
  static final String IDENTITY_WAY_OUT =
      " (GenerationType.IDENTITY is supported: the database generates the key)";

  static String unmappedFieldType(VariableElement field) {
    return "Strata cannot tell which column type Hibernate gives field "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + ")"
        + WAYS_OUT;
  }

  static String checkConstraint() {
    return unsupported(
        "@Min or @Max, which Hibernate Validator turns into a check constraint;"
            + " or set -Astrata.validator.apply_to_ddl=false with"
            + " hibernate.validator.apply_to_ddl=false so that neither applies constraints to the"
            + " schema");
  }

  static String unknownTargetEntity(VariableElement field) {
    return "Strata cannot tell which entity collection "
        + field.getSimpleName()
        + " holds; give it a type argument that is an @Entity, or targetEntity"
        + WAYS_OUT;
  }

  /** A mapping for which Strata cannot build the schema Hibernate builds. */
  static String unsupported(String mapping) {
    return "Strata cannot yet create the schema Hibernate creates for " + mapping + WAYS_OUT;
  }

  static String fieldWithoutColumn(
      MappedColumn field, String view, List<Verdict.ResultColumn> columns) {
    return "Field "
        + field.field().getSimpleName()
        + " maps to column "
        + field.name()
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

  static String columnWithoutField(String view, String column, String className) {
    return "View "
        + view
        + " returns column "
        + column
        + ", which no field of "
        + className
        + " reads";
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
