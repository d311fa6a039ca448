package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The mappings for which Strata cannot yet build the schema Hibernate builds: each is reported on
 * the class or field that declares it, naming the mapping, so that no table ever lacks a column,
 * key or constraint Hibernate expects without the build saying so.
 */
final class UnsupportedMappings {

  private static final String STRUCT = "org.hibernate.annotations.Struct";

  /** JPA annotations on a class, each with what Hibernate makes of it. */
  private static final List<Refused> CLASS_JPA =
      List.of(new Refused("PrimaryKeyJoinColumns", "a composite @PrimaryKeyJoinColumns"));

  /** JPA annotations on a field. */
  private static final List<Refused> FIELD_JPA =
      List.of(new Refused("PrimaryKeyJoinColumn", "@PrimaryKeyJoinColumn"));

  /** Hibernate's own annotations on a class that change the schema. */
  private static final List<Refused> CLASS_HIBERNATE =
      List.of(
          new Refused(
              "DiscriminatorFormula",
              "@DiscriminatorFormula, whose hierarchy has no discriminator column and whose"
                  + " subclasses' checks test the formula"),
          new Refused(
              "DialectOverride.DiscriminatorFormula",
              "@DialectOverride.DiscriminatorFormula, a discriminator formula for one database"),
          new Refused(
              "DialectOverride.DiscriminatorFormulas",
              "@DialectOverride.DiscriminatorFormula, a discriminator formula for one database"),
          new Refused("DialectOverride.Check", "@DialectOverride.Check, a check for one database"),
          new Refused("DialectOverride.Checks", "@DialectOverride.Check, a check for one database"),
          new Refused(
              "NativeGenerator",
              "@NativeGenerator, an identity column or a sequence by database (an identity on H2"
                  + " and MariaDB, a sequence of increment 1 on PostgreSQL)"));

  /** Hibernate's own annotations that change the schema. */
  private static final List<Refused> HIBERNATE =
      List.of(
          new Refused("JdbcType", "@JdbcType"),
          new Refused("JavaType", "@JavaType"),
          new Refused("GeneratedColumn", "@GeneratedColumn"),
          new Refused(
              "Array",
              "@Array, an array column of that many elements (array[n] on H2 and PostgreSQL)"),
          new Refused("Any", "@Any"),
          new Refused("ManyToAny", "@ManyToAny"),
          new Refused("CollectionId", "@CollectionId"),
          new Refused("SoftDelete", "@SoftDelete"),
          new Refused("TimeZoneColumn", "@TimeZoneColumn"),
          new Refused("JoinFormula", "@JoinFormula, a join by a SQL formula rather than a column"),
          new Refused(
              "JoinColumnOrFormula",
              "@JoinColumnOrFormula, a join by a SQL formula or a column it names"),
          new Refused(
              "JoinColumnsOrFormulas",
              "@JoinColumnsOrFormulas, a join by SQL formulas or columns they name"),
          new Refused(
              "NativeGenerator",
              "@NativeGenerator, an identity column or a sequence by database (an identity on H2"
                  + " and MariaDB, a sequence of increment 1 on PostgreSQL)"),
          new Refused(
              "TargetEmbeddable",
              "@TargetEmbeddable, whose class's columns Hibernate maps rather than the field"
                  + " type's"),
          new Refused("Collate", "@Collate, a column of that collation"),
          new Refused(
              "EmbeddedTable",
              "@EmbeddedTable, which moves the embeddable's columns to that table"),
          new Refused("PropertyRef", "@PropertyRef, a foreign key to a column other than the key"),
          new Refused(
              "PartitionKey",
              "@PartitionKey, a column Hibernate adds to the primary key on PostgreSQL and MariaDB"),
          new Refused("ListIndexJdbcTypeCode", "@ListIndexJdbcTypeCode, the order column's type"),
          new Refused("ListIndexJdbcType", "@ListIndexJdbcType, the order column's type"),
          new Refused("ListIndexJavaType", "@ListIndexJavaType, the order column's type"),
          new Refused("MapKeyJdbcTypeCode", "@MapKeyJdbcTypeCode, the map key column's type"),
          new Refused("MapKeyJdbcType", "@MapKeyJdbcType, the map key column's type"),
          new Refused("MapKeyJavaType", "@MapKeyJavaType, the map key column's type"),
          new Refused("MapKeyType", "@MapKeyType, the map key column's type"),
          new Refused("MapKeyCompositeType", "@MapKeyCompositeType, the map key's columns"),
          new Refused(
              "DialectOverride.ColumnDefault",
              "@DialectOverride.ColumnDefault, a default for one database"),
          new Refused(
              "DialectOverride.ColumnDefaults",
              "@DialectOverride.ColumnDefault, a default for one database"),
          new Refused("DialectOverride.Check", "@DialectOverride.Check, a check for one database"),
          new Refused("DialectOverride.Checks", "@DialectOverride.Check, a check for one database"),
          new Refused(
              "DialectOverride.GeneratedColumn",
              "@DialectOverride.GeneratedColumn, a generated column for one database"),
          new Refused(
              "DialectOverride.GeneratedColumns",
              "@DialectOverride.GeneratedColumn, a generated column for one database"),
          new Refused(
              "DialectOverride.JoinFormula",
              "@DialectOverride.JoinFormula, a join by a SQL formula for one database"),
          new Refused(
              "DialectOverride.JoinFormulas",
              "@DialectOverride.JoinFormula, a join by a SQL formula for one database"));

  private record Refused(String annotation, String mapping) {}

  private UnsupportedMappings() {}

  /** Whether the class maps only what Strata supports; reports each mapping it does not. */
  static boolean classSupported(TypeElement type, MappingReport report) {
    boolean supported = check(type, CLASS_JPA, report, true);
    supported &= DeclaredForeignKeys.classSupported(type, report);
    supported &= check(type, CLASS_HIBERNATE, report, false);
    DeleteRules.reportIgnoredOnClass(type, report);
    supported &=
        SoftDeletes.supported(
            type,
            Hierarchies.parent(type).isEmpty()
                && Hierarchies.strategy(type) != Strategy.TABLE_PER_CLASS,
            report);
    supported &= DeclaredDdl.classSupported(type, report);
    supported &= IdClasses.matching(type, report);
    supported &= Comments.classSupported(type, report);
    supported &= noInheritanceOnMappedSuperclasses(type, report);
    Optional<AnnotationMirror> table = JpaAnnotations.find(type, "Table");
    if (table.isPresent()
        && Hierarchies.parent(type).isPresent()
        && Hierarchies.strategy(type) == Strategy.SINGLE_TABLE) {
      // its rows are in the root's table, which only the root names
      report.unsupported(InheritanceMessages.singleTableSubclassTable(type), type, table.get());
      supported = false;
    }
    supported &= DeclaredSchemas.classSupported(type, report);
    supported &= EnversAudits.classSupported(type, report);
    return supported;
  }

  /**
   * Whether no mapped superclass above the entity declares {@code @Inheritance}, which Hibernate
   * refuses to start on (only an entity declares its hierarchy's strategy); each is reported on its
   * annotation, once however many entities extend the class.
   */
  private static boolean noInheritanceOnMappedSuperclasses(TypeElement type, MappingReport report) {
    boolean supported = true;
    for (TypeElement above = JpaTypes.typeElement(type.getSuperclass());
        above != null;
        above = JpaTypes.typeElement(above.getSuperclass())) {
      Optional<AnnotationMirror> inheritance = JpaAnnotations.find(above, "Inheritance");
      if (inheritance.isPresent() && JpaAnnotations.has(above, "MappedSuperclass")) {
        report.unsupported(
            InheritanceMessages.inheritanceOnMappedSuperclass(above), above, inheritance.get());
        supported = false;
      }
    }
    return supported;
  }

  /**
   * Whether an embeddable maps to a column per field: with Hibernate's {@code @Struct} it is one
   * column of a user-defined type on PostgreSQL, which Strata does not create (reported).
   */
  static boolean columnPerField(TypeElement type, MappingReport report) {
    Optional<AnnotationMirror> struct = AnnotationMirrors.find(type, STRUCT);
    struct.ifPresent(annotation -> report.unsupported(JpaMessages.struct(), type, annotation));
    return struct.isEmpty();
  }

  /** Whether the field maps only what Strata supports; reports each mapping it does not. */
  static boolean fieldSupported(Element field, MappingReport report) {
    // a @OneToOne over the entity's key (SharedKeys) is the one field it may annotate
    boolean supported = SharedKeys.shares(field) || check(field, FIELD_JPA, report, true);
    supported &= JsonColumns.supported(field, report);
    supported &= EnumeratedValues.supported(field, report);
    supported &= EnumeratedTargets.supported(field, report);
    supported &= convertible(field, report);
    supported &= TimeZoneStorages.supported(field, report);
    supported &= check(field, HIBERNATE, report, false);
    supported &= UserTypes.placementSupported(field, report);
    supported &= DeleteRules.fieldSupported(field, report);
    supported &= DeclaredSchemas.fieldSupported(field, report);
    supported &= EnversAudits.supported(field, report);
    supported &= NaturalIds.supported(field, report);
    supported &= versionOutsideEmbeddable(field, report);
    EmbeddedColumnNames.reportIgnored(field, report);
    Optional<AnnotationMirror> collectionCheck =
        AnnotationMirrors.find(field, "org.hibernate.annotations.Check")
            .or(() -> AnnotationMirrors.find(field, "org.hibernate.annotations.Checks"));
    if (collectionCheck.isPresent() && JpaAnnotations.has(field, "ElementCollection")) {
      // Hibernate adds it to the collection table twice, on the value's column and the table
      report.unsupported(
          JpaMessages.unsupported("a @Check on an @ElementCollection"),
          field,
          collectionCheck.get());
      supported = false;
    }
    // on the embeddable type itself: Hibernate maps the class it names wherever the type is
    // embedded
    if (field.asType() instanceof DeclaredType declared
        && AnnotationMirrors.has(
            declared.asElement(), "org.hibernate.annotations.TargetEmbeddable")) {
      report.unsupported(
          JpaMessages.unsupported(
              "@TargetEmbeddable, whose class's columns Hibernate maps rather than the field"
                  + " type's (on "
                  + declared.asElement().getSimpleName()
                  + ")"),
          field,
          null);
      supported = false;
    }
    supported &= NotFoundAssociations.supported(field, report);
    supported &= DeclaredDdl.fieldSupported(field, report);
    supported &= Comments.fieldSupported(field, report);
    Optional<AnnotationMirror> override =
        JpaAnnotations.find(field, "AssociationOverride")
            .or(() -> JpaAnnotations.find(field, "AssociationOverrides"));
    if (override.isPresent() && !JpaAnnotations.has(field, "Embedded", "EmbeddedId")) {
      report.unsupported(
          JpaMessages.unsupported("an @AssociationOverride on a field that is not @Embedded"),
          field,
          override.get());
      supported = false;
    }
    return supported && joinSupported(field, report);
  }

  /**
   * Whether the field takes its {@code @Convert}, if any: Hibernate refuses to start on one on an
   * {@code @Id} or {@code @Version} field, as JPA forbids it there.
   */
  private static boolean convertible(Element field, MappingReport report) {
    Optional<AnnotationMirror> convert =
        JpaAnnotations.all(field, "Convert").stream()
            .filter(c -> ConvertPaths.path(c).isEmpty())
            .filter(c -> !AnnotationMirrors.bool(c, "disableConversion", false))
            .findFirst();
    Optional<String> refusing =
        JpaAnnotations.has(field, "Id")
            ? Optional.of("Id")
            : JpaAnnotations.has(field, "Version") ? Optional.of("Version") : Optional.empty();
    if (convert.isEmpty() || refusing.isEmpty()) {
      return true;
    }
    report.unsupported(
        ConverterMessages.convertedKeyOrVersion(refusing.get()), field, convert.get());
    return false;
  }

  private static boolean joinSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> join =
        JpaAnnotations.find(field, "JoinColumns")
            .or(() -> JpaAnnotations.find(field, "JoinColumn"));
    Optional<String> tableRefused = joinColumnTableRefused(field);
    if (tableRefused.isPresent()) {
      report.unsupported(
          AssociationMessages.joinColumnTable(tableRefused.get()), field, join.get());
      return false;
    }
    if (!DeclaredForeignKeys.fieldSupported(field, report)) {
      return false;
    }
    Optional<String> refused = toOneJoinTableRefused(field);
    if (refused.isPresent()) {
      report.unsupported(refused.get(), field, JpaAnnotations.find(field, "JoinTable").get());
      return false;
    }
    return true;
  }

  /**
   * What makes a {@code @JoinColumn(table)} one Strata does not build: Hibernate's export was
   * measured for the join column of an entity's or mapped superclass's own {@code @ManyToOne} or
   * {@code @OneToOne} in one of its secondary tables.
   */
  private static Optional<String> joinColumnTableRefused(Element field) {
    List<AnnotationMirror> joins =
        field instanceof VariableElement variable ? ToOneColumns.joinColumns(variable) : List.of();
    List<String> tables =
        joins.stream().map(c -> AnnotationMirrors.string(c, "table", "")).distinct().toList();
    if (tables.stream().allMatch(String::isEmpty)) {
      return Optional.empty();
    }
    if (!JpaAnnotations.has(field, "ManyToOne", "OneToOne")) {
      return Optional.of("on a collection");
    }
    if (JpaAnnotations.has(field, "Id", "MapsId")) {
      return Optional.of("on an @Id or @MapsId association");
    }
    if (!JpaAnnotations.has(field.getEnclosingElement(), "Entity", "MappedSuperclass")) {
      return Optional.of("inside an embeddable");
    }
    if (tables.size() > 1) {
      return Optional.of("naming another table than the association's other join columns");
    }
    return Optional.empty();
  }

  /**
   * Whether the field is no {@code @Version} of an embeddable, a class or a record, which Hibernate
   * 7 refuses to start on ("may not have a property annotated '@Version'"); reported on the
   * annotation.
   */
  private static boolean versionOutsideEmbeddable(Element field, MappingReport report) {
    Optional<AnnotationMirror> version = JpaAnnotations.find(field, "Version");
    if (version.isEmpty() || !JpaAnnotations.has(field.getEnclosingElement(), "Embeddable")) {
      return true;
    }
    report.unsupported(PlacementMessages.versionInEmbeddable(field), field, version.get());
    return false;
  }

  /**
   * Why a to-one's {@code @JoinTable} is one Strata does not build: as an {@code @Id} or inside an
   * embeddable, which Hibernate 7 refuses (measured); under {@code @MapsId}, beside join columns or
   * under {@code @NaturalId} (whose unique constraint would have no column), where Strata does not
   * build Hibernate's export.
   */
  private static Optional<String> toOneJoinTableRefused(Element field) {
    if (!ToOneJoinTables.throughJoinTable(field)) {
      return Optional.empty();
    }
    if (JpaAnnotations.has(field, "Id")) {
      return Optional.of(AssociationMessages.toOneJoinTableAsId());
    }
    if (JpaAnnotations.has(field, "MapsId")) {
      return Optional.of(AssociationMessages.toOneJoinTable("as the entity's key, with @MapsId"));
    }
    if (!JpaAnnotations.has(field.getEnclosingElement(), "Entity", "MappedSuperclass")) {
      return Optional.of(AssociationMessages.toOneJoinTableInEmbeddable());
    }
    if (JpaAnnotations.has(field, "JoinColumn", "JoinColumns")) {
      return Optional.of(
          AssociationMessages.toOneJoinTable(
              "with a @JoinColumn beside it (name the join table's columns with joinColumns and"
                  + " inverseJoinColumns)"));
    }
    if (NaturalIds.isNaturalId(field)) {
      return Optional.of(AssociationMessages.toOneJoinTable("with @NaturalId"));
    }
    return Optional.empty();
  }

  private static boolean check(
      Element element, List<Refused> refused, MappingReport report, boolean jpa) {
    boolean supported = true;
    for (Refused item : refused) {
      Optional<AnnotationMirror> found =
          jpa
              ? JpaAnnotations.find(element, item.annotation())
              : AnnotationMirrors.find(element, "org.hibernate.annotations." + item.annotation());
      if (found.isPresent()) {
        report.unsupported(JpaMessages.unsupported(item.mapping()), element, found.get());
        supported = false;
      }
    }
    return supported;
  }
}
