package dev.strata.processor.jpa;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.GivenColumnTypes;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** The texts about entity hierarchies and secondary tables. */
final class InheritanceMessages {

  private InheritanceMessages() {}

  static String identityTablePerClass(TypeElement root) {
    return "Hibernate refuses GenerationType.IDENTITY in the TABLE_PER_CLASS hierarchy of "
        + root.getSimpleName()
        + " (each class's table would number its rows on its own, and keys would repeat across"
        + " the hierarchy); use GenerationType.SEQUENCE or AUTO, or another inheritance strategy";
  }

  static String versionOnSubclass(TypeElement subclass) {
    return "Hibernate refuses @Version on "
        + subclass.getSimpleName()
        + ", a subclass in an entity hierarchy; declare the version on the root entity";
  }

  static String singleTableSubclassTable(TypeElement subclass) {
    return "Hibernate refuses to start on @Table on "
        + subclass.getSimpleName()
        + ", an entity of a SINGLE_TABLE hierarchy below its root, whose table holds its rows;"
        + " remove it, or give the hierarchy @Inheritance(strategy = JOINED) on its root";
  }

  static String inheritanceOnMappedSuperclass(TypeElement mappedSuperclass) {
    return "Hibernate refuses to start on @Inheritance on "
        + mappedSuperclass.getSimpleName()
        + ", a @MappedSuperclass: only an entity declares its hierarchy's strategy, and each"
        + " entity extending a mapped superclass has a table of its own already; remove it, or"
        + " put it on the root entity of the hierarchy";
  }

  static String discriminatorValue(TypeElement type) {
    return "Hibernate refuses "
        + type.getSimpleName()
        + " without a @DiscriminatorValue: it derives none for a CHAR discriminator column;"
        + " add @DiscriminatorValue(\"X\") with a character of its own";
  }

  /**
   * Sibling subclasses of a single table that map one column with different definitions: {@code
   * earlier}'s field added {@code existing}, {@code later}'s maps it as {@code column}.
   */
  static String siblingColumnDefinitions(
      String table,
      ColumnDefinition column,
      ColumnDefinition existing,
      VariableElement earlier,
      VariableElement later) {
    return qualified(later)
        + " maps column "
        + column.name()
        + " of table "
        + table
        + " as "
        + described(column)
        + ", where "
        + qualified(earlier)
        + ", in a sibling class of the same table, maps it as "
        + described(existing)
        + "; Hibernate 7 creates one column as one of them maps it and ignores the other's"
        + " definition without a word. Give both fields the same column definition (type,"
        + " length, precision, nullability, default, comment), or map "
        + later.getSimpleName()
        + " to a column of another name";
  }

  private static String described(ColumnDefinition column) {
    return GivenColumnTypes.text(column.type()) + (column.nullable() ? " NULL" : " NOT NULL");
  }

  private static String qualified(VariableElement field) {
    return field.getEnclosingElement().getSimpleName() + "." + field.getSimpleName();
  }

  static String compositeJoinedKey() {
    return JpaMessages.unsupported("a JOINED subclass of an entity with a composite key");
  }

  static String unknownSecondaryTable(String table, TypeElement entity) {
    return "@Column(table = \""
        + table
        + "\") names a table that "
        + entity.getSimpleName()
        + " declares neither as its own nor in a @SecondaryTable; Hibernate would refuse it."
        + " Declare @SecondaryTable(name = \""
        + table
        + "\") on the entity, or name one it declares";
  }

  static String embeddableAcrossTables(
      MappedColumn column, String table, MappedColumn other, String otherTable) {
    String embeddable = column.field().getEnclosingElement().getSimpleName().toString();
    return "Hibernate refuses to start on embeddable "
        + embeddable
        + ", whose fields map to two tables: "
        + column.field().getSimpleName()
        + " to "
        + table
        + " by @Column(table), "
        + other.field().getSimpleName()
        + " to "
        + otherTable
        + ". All the fields of an embeddable map to one table: name the same table in the"
        + " @Column(table = ...) of every field of "
        + embeddable
        + ", or in none";
  }

  static String joinColumnCount(String table, TableDefinition primary) {
    return "@SecondaryTable "
        + table
        + " lists a different number of pkJoinColumns than table "
        + primary.name()
        + " has key columns "
        + primary.primaryKey()
        + "; give one for each, or none to repeat the key's names";
  }

  static String strategyChange(
      String entity, TableInheritance.Strategy before, TableInheritance.Strategy after) {
    return "The inheritance strategy of "
        + entity
        + " changes from "
        + before
        + " to "
        + after
        + ", which moves rows between tables: Strata cannot migrate it, and the tables it would"
        + " otherwise create and drop would lose the rows. Keep @Inheritance(strategy = "
        + before
        + "), or map the new hierarchy to new tables (@Table) and move the rows with"
        + " Operations.execute in a migration of your own before dropping the old ones";
  }
}
