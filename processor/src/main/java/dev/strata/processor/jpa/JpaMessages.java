package dev.strata.processor.jpa;

import dev.strata.processor.model.TableDefinition;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The texts about how an entity maps: its fields and their types, its tables and their names, the
 * mappings Strata cannot build ({@link #unsupported}) and how a finding ends ({@link #WAYS_OUT},
 * {@link #LEFT_OUT}). Associations, hierarchies, changes to tables and view entities have theirs in
 * {@link AssociationMessages}, {@link InheritanceMessages}, {@link ChangeMessages} and {@link
 * ViewEntityMessages}.
 */
final class JpaMessages {

  private JpaMessages() {}

  /** Ends a finding that is an error: Strata migrates the tables. */
  static final String WAYS_OUT =
      "; map it another way, or set -Astrata.tables=false and manage the tables with another tool"
          + " (Flyway, Liquibase) while Strata keeps the views";

  /** Ends a finding that is a warning: the tables only serve to check views. */
  static final String LEFT_OUT = "; Strata leaves it out of the tables it builds to check views";

  static String unmappedFieldType(VariableElement field) {
    return "Strata cannot tell which column type Hibernate gives field "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + "); if an AttributeConverter maps it, name it on the field with @Convert(converter ="
        + " ...), or keep its @Converter(autoApply = true) class in the package of the type or of"
        + " the entity, where Strata finds it on the class path";
  }

  static String propertyAccess(CharSequence element) {
    return unsupported(
            "property access, which "
                + element
                + " selects: Hibernate then maps the getters, and Strata reads fields only")
        + "; put the mapping annotations on the fields (or @Access(AccessType.FIELD) on the"
        + " class)";
  }

  /**
   * A field of type variable, or of a type holding one, that no type argument binds where the class
   * being mapped holds it: a generic entity's own field, on which Hibernate refuses to start, or a
   * generic embeddable's as a map's key, on which it refuses as well.
   */
  static String unboundTypeVariable(VariableElement field) {
    return unsupported(
            "field "
                + field.getSimpleName()
                + " of "
                + typeOf(field)
                + ", which no type argument binds here (Hibernate refuses to start on a generic"
                + " entity's: Property '"
                + field.getEnclosingElement()
                + "."
                + field.getSimpleName()
                + "' has an unbound type and no explicit target entity); Strata binds a variable"
                + " where an entity extends a generic @MappedSuperclass or an @Embedded field or"
                + " an element collection holds a generic embeddable with a type argument")
        + "; declare the field with its class, or bind the variable there";
  }

  /** "type variable T", or "type java.util.List<T>" for a type holding one. */
  private static String typeOf(VariableElement field) {
    return (field.asType().getKind() == TypeKind.TYPEVAR ? "type variable " : "type ")
        + field.asType();
  }

  /** A field of type variable that a raw {@code extends} leaves unbound in {@code entity}. */
  static String rawSuperclass(VariableElement field, TypeMirror entity, TypeMirror raw) {
    return "Hibernate refuses to start on field "
        + field.getSimpleName()
        + " of "
        + typeOf(field)
        + " in "
        + entity
        + ", which extends "
        + raw
        + " raw, so that nothing binds the variable (Property '"
        + field.getEnclosingElement()
        + "."
        + field.getSimpleName()
        + "' has an unbound type and no explicit target entity); fix the mapping: give "
        + raw
        + " its type arguments where it is extended";
  }

  static String checkConstraint() {
    return unsupported("@Min or @Max, which Hibernate turns into a check constraint")
        + "; or set -Astrata.validator.apply_to_ddl=false with"
        + " hibernate.validator.apply_to_ddl=false, so that neither applies constraints to the"
        + " schema";
  }

  static String brokenTable(String table, String problem) {
    return "Table "
        + table
        + " could not be created as mapped: "
        + problem
        + "; fix the mapping (Hibernate would refuse it as well)";
  }

  /**
   * A name that a target database takes for a keyword.
   *
   * @param what what carries it ({@code column year of table readings})
   * @param databases the databases refusing it
   * @param attribute where the mapping names it ({@code @Column(name})
   */
  static String reservedName(String what, String databases, String attribute) {
    return "The name of "
        + what
        + " is a reserved word of "
        + databases
        + ": creating it fails there, as Hibernate's own SQL naming it would, since both write"
        + " names unquoted. Name it otherwise with "
        + attribute
        + " = \"...\"); the databases checked come from -Astrata.dialect and -Astrata.targets"
        + " (H2 when they name none)";
  }

  /**
   * A name Strata cannot write unquoted.
   *
   * @param source what gives it: {@code @Column(name)}, or {@code its field name}
   */
  static String unwritableName(String name, String source) {
    return "Strata cannot create the name "
        + name
        + " that "
        + source
        + " gives: it writes table, column, index and sequence names unquoted, so that each"
        + " database folds their case as it does Hibernate's, and takes only letters, digits and"
        + " underscores, not starting with a digit, at most 63; a quoted name (`...` or \"...\")"
        + " or one with other characters is not supported. Give it such a name";
  }

  static String floatingFraction() {
    return "@Digits(fraction) on a float or double gives its column a scale, and Hibernate refuses"
        + " to start on it (scale has no meaning for SQL floating point types); use fraction = 0,"
        + " or a BigDecimal";
  }

  static String uuidGeneratedNumber(String type) {
    return "GenerationType.UUID on a key of type "
        + type
        + ", on which Hibernate refuses to start: it generates UUIDs, for a UUID or String key;"
        + " use GenerationType.SEQUENCE or IDENTITY for a number";
  }

  static String struct() {
    return unsupported(
        "Hibernate's @Struct, which stores the embeddable as one column of a user-defined type"
            + " (PostgreSQL's CREATE TYPE) rather than a column per field");
  }

  static String unmappedMapKey(VariableElement field) {
    return "Strata cannot tell which column type Hibernate gives the keys of map "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + "); key it by a basic type, an enum, an @Embeddable or an @Entity";
  }

  static String unnamedCompositeMapKey(VariableElement field, TableDefinition keyTable) {
    return "Strata cannot tell the columns Hibernate gives the keys of map "
        + field.getSimpleName()
        + ": its keys are entities of table "
        + keyTable.name()
        + ", whose primary key has the columns "
        + String.join(", ", keyTable.primaryKey())
        + "; name one @MapKeyJoinColumn(name, referencedColumnName) per key column in"
        + " @MapKeyJoinColumns";
  }

  static String generatorTableMismatch(String table) {
    return "Two @TableGenerators use table "
        + table
        + " with different columns, which Hibernate cannot create as one table; give them the"
        + " same pkColumnName and valueColumnName, or different tables";
  }

  /** A mapping for which Strata cannot build the schema Hibernate builds. */
  static String keyOrderDiffers(String table) {
    return unsupported(
            "the primary key of table "
                + table
                + ", which Hibernate orders one way on PostgreSQL and another on H2 and MariaDB:"
                + " an enum stored by name is a VARCHAR on PostgreSQL (of 255, or of its @Column or"
                + " @MapKeyColumn length), placed by its size and, among columns of one size, by"
                + " name, and a native enum on H2 and MariaDB, placed after every other column")
        + "; give the enum column a length or a name that puts it last on PostgreSQL too, or store"
        + " it by ordinal";
  }

  /**
   * One table that several mappings name.
   *
   * @param origins how each names it, in the order the entities are read
   */
  static String tableMappedTwice(String table, List<TableOrigins.Origin> origins) {
    boolean implicit = origins.stream().anyMatch(TableOrigins.Origin::implicit);
    return "Table "
        + table
        + " is mapped "
        + (origins.size() == 2 ? "twice" : origins.size() + " times")
        + ": by "
        + String.join(" and by ", origins.stream().map(TableOrigins.Origin::text).toList())
        + (origins.stream().anyMatch(TableOrigins.Origin::toOne)
            ? ". Hibernate refuses to start on it, as a to-one's join table is a secondary table of"
                + " its entity (DuplicateSecondaryTableException); "
            : ". Hibernate merges them into one table, with the columns of both NOT NULL, so that a"
                + " row of either fails; ")
        + (implicit
            ? "give each its own name with @Table(name = ...), @JoinTable(name = ...) or"
                + " @CollectionTable(name = ...)"
            : "map the table once (by its entity alone, or by the association of one side, with"
                + " mappedBy on the other), or give each mapping a name of its own");
  }

  /** An {@code @Id} field the entity's {@code @IdClass} has no field for. */
  static String idNotInIdClass(VariableElement field, TypeElement idClass) {
    return "Field "
        + field.getSimpleName()
        + " is an @Id, but the @IdClass "
        + idClass.getSimpleName()
        + " has no field "
        + field.getSimpleName()
        + ": Hibernate refuses to start on it ('@Id' annotated properties which do not match"
        + " properties of the specified '@IdClass'); add the field to "
        + idClass.getSimpleName()
        + ", or take @Id off this one";
  }

  /**
   * A key field whose type the {@code @IdClass}'s field of its name does not have, which Hibernate
   * refuses to start on.
   */
  static String idClassFieldType(
      VariableElement field, VariableElement keyField, TypeElement idClass) {
    return "Field "
        + field.getSimpleName()
        + " is an @Id of type "
        + JpaTypes.name(field.asType())
        + ", but field "
        + keyField.getSimpleName()
        + " of the @IdClass "
        + idClass.getSimpleName()
        + " is of type "
        + JpaTypes.name(keyField.asType())
        + ": Hibernate refuses to start on it ('doesn't match type in entity class'); give both"
        + " fields one type (a primitive and its wrapper count as one)";
  }

  /**
   * A key field declared below the mapped superclass that declares the {@code @IdClass}, which
   * holds others of its fields.
   */
  static String idBelowIdClass(VariableElement field, TypeElement idClass, TypeElement declaring) {
    return "Field "
        + field.getSimpleName()
        + " is a field of the @IdClass "
        + idClass.getSimpleName()
        + ", which mapped superclass "
        + declaring.getSimpleName()
        + " declares, but is declared below "
        + declaring.getSimpleName()
        + ": Hibernate looks for the key fields in the class that declares the @IdClass and"
        + " refuses to start on it ('belongs to an '@IdClass' but has no matching property in"
        + " entity class'); move the field to "
        + declaring.getSimpleName()
        + " with the other key fields, or declare the @IdClass on the entity";
  }

  /**
   * A field of the entity's {@code @IdClass} that no {@code @Id} field of the entity matches.
   *
   * @param attribute whether the entity has a field of that name, without {@code @Id}
   */
  static String idClassFieldNotAnId(
      VariableElement keyField, TypeElement idClass, TypeElement entity, boolean attribute) {
    String name = keyField.getSimpleName().toString();
    return attribute
        ? "Field "
            + name
            + " is a field of the @IdClass "
            + idClass.getSimpleName()
            + " but not an @Id: Hibernate makes it part of the key, which Strata reads from the @Id"
            + " fields only; annotate it @Id"
        : "The @IdClass "
            + idClass.getSimpleName()
            + " of "
            + entity.getSimpleName()
            + " has a field "
            + name
            + " that "
            + entity.getSimpleName()
            + " has no field of: Hibernate refuses to start on it ('@IdClass' with properties which"
            + " do not match properties of the entity class); give "
            + entity.getSimpleName()
            + " an @Id field "
            + name
            + ", or remove it from "
            + idClass.getSimpleName();
  }

  static String embeddedColumnNaming(String pattern) {
    return "Hibernate refuses to start on @EmbeddedColumnNaming(\""
        + pattern
        + "\"): its pattern needs exactly one %s, where each column's own name goes, and no other"
        + " %, such as home_%s";
  }

  static String ignoredEmbeddedColumnNaming() {
    return "Hibernate 7 ignores @EmbeddedColumnNaming on a field that holds no embeddable, an"
        + " @ElementCollection's too: the columns keep their names, in Strata's tables as in"
        + " Hibernate's; rename them with @AttributeOverride, or put it on an @Embedded field";
  }

  /** A {@code @PrimaryKeyJoinColumn(columnDefinition)}, measured on H2, PostgreSQL and MariaDB. */
  static String keyJoinColumnDefinition() {
    return "Hibernate 7 writes the columnDefinition of a @PrimaryKeyJoinColumn as a quoted name"
        + " where it is more than one word (animal_id \"double precision\", \"varchar(20)\"),"
        + " on which its DDL fails on every database, and Strata does not follow the type of one"
        + " word (integer): remove it; the column takes the type of the key it refers to";
  }

  static String unsupported(String mapping) {
    return "Strata cannot yet create the schema Hibernate creates for " + mapping;
  }

  /**
   * A collection inside an embeddable that no entity holds through {@code @Embedded} fields alone:
   * in an element collection's values, an embedded id or a map key, on which Hibernate 7 does not
   * start.
   */
  static String collectionOutsideEntityEmbedding() {
    return "A collection inside an embeddable that is an element collection's value, an embedded"
        + " id or a map key, on which Hibernate refuses to start (in an element collection's"
        + " value: 'belongs to an @Embeddable class that is contained in an @ElementCollection and"
        + " may not be a @ElementCollection', or @OneToMany, @ManyToMany; in an embedded id it"
        + " fails with a ClassCastException): fix the mapping; declare the collection on the"
        + " entity, or in an embeddable of an @Embedded field";
  }

  static String overriddenEntityAttribute(String name, String parent, String subclass) {
    return "Hibernate 7 refuses to start on this override of "
        + name
        + ": the attribute is inherited from entity "
        + parent
        + " and may not be overridden in entity subclass "
        + subclass
        + "; rename its column on "
        + parent
        + ", or remove the override";
  }

  static String ignoredKeyConvert(String path) {
    return "Hibernate 7 ignores the @Convert(attributeName = \""
        + path
        + "\") on a map's embeddable key: the key's column keeps its type, in Strata's tables as"
        + " in Hibernate's; to convert it, put the @Convert on the key class's field";
  }

  static String unresolvedConvert(String path, String type) {
    return "Hibernate 7 ignores the @Convert(attributeName = \""
        + path
        + "\"): it names no attribute of "
        + type
        + ", so no column is converted, in Strata's tables as in Hibernate's; name the attribute"
        + " by its path there";
  }

  /** An {@code @AttributeOverride} on a collection whose columns it does not remap in Strata. */
  static String collectionOverride() {
    return unsupported(
        "an @AttributeOverride on a collection of basic values (name their column with"
            + " @Column)");
  }
}
