package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Maps the persistent fields of a JPA class to the columns they read and write, as Hibernate does
 * with field access: {@code @Column}, {@code @Id}, {@code @GeneratedValue}, {@code @Enumerated},
 * {@code @Embedded}, {@code @ManyToOne} and {@code @OneToOne} with {@code @JoinColumn},
 * {@code @Version}, and the Bean Validation constraints Hibernate applies to the schema.
 */
public final class FieldMapper {

  private static final String STRUCT = "org.hibernate.annotations.Struct";

  private final JpaNaming naming;
  private final BeanValidation validation;
  private final ToOneColumns toOne;
  private final AttributeConverters converters;
  private final Hierarchies hierarchies;

  /**
   * @param validationDdl {@code -Astrata.validator.apply_to_ddl}
   */
  public FieldMapper(JpaNaming naming, Elements elements, boolean validationDdl) {
    this(naming, elements, validationDdl, AttributeConverters.NONE);
  }

  /**
   * @param round whose {@code @Converter(autoApply = true)} classes apply to every entity
   */
  public FieldMapper(
      JpaNaming naming, Elements elements, boolean validationDdl, RoundEnvironment round) {
    this(naming, elements, validationDdl, AttributeConverters.of(round, elements));
  }

  private FieldMapper(
      JpaNaming naming, Elements elements, boolean validationDdl, AttributeConverters converters) {
    this.naming = naming;
    this.validation = BeanValidation.of(elements, validationDdl);
    this.toOne = new ToOneColumns(this, validation);
    this.converters = converters;
    this.hierarchies = Hierarchies.NONE;
  }

  private FieldMapper(
      JpaNaming naming,
      BeanValidation validation,
      AttributeConverters converters,
      Hierarchies hierarchies) {
    this.naming = naming;
    this.validation = validation;
    this.toOne = new ToOneColumns(this, validation);
    this.converters = converters;
    this.hierarchies = hierarchies;
  }

  /** The same mapper, resolving associations to entities of {@code known} hierarchies. */
  FieldMapper within(Hierarchies known) {
    return new FieldMapper(naming, validation, converters, known);
  }

  JpaNaming naming() {
    return naming;
  }

  BeanValidation validation() {
    return validation;
  }

  AttributeConverters converters() {
    return converters;
  }

  Hierarchies hierarchies() {
    return hierarchies;
  }

  /**
   * The columns of every persistent field of the class and its mapped superclasses; a field Strata
   * cannot map as Hibernate does is reported to {@code report}, of the stage that asked.
   */
  List<MappedColumn> columns(TypeElement type, MappingReport report) {
    return columns(type, report, true);
  }

  /**
   * The columns of an embeddable that {@code collection} holds, remapped by the collection's
   * {@code @AttributeOverride}s as Hibernate remaps them in the collection table.
   */
  List<MappedColumn> elementColumns(
      TypeElement embeddable, VariableElement collection, MappingReport report) {
    return AttributeOverrides.apply(columns(embeddable, report), collection, remap(report), report);
  }

  /**
   * The columns of the fields a class declares itself or inherits from mapped superclasses, not
   * those of an entity it extends: what a subclass adds to its hierarchy's tables.
   */
  List<MappedColumn> ownColumns(TypeElement type, MappingReport report) {
    return columns(type, report, false);
  }

  private List<MappedColumn> columns(TypeElement type, MappingReport report, boolean inherited) {
    Optional<AnnotationMirror> struct = AnnotationMirrors.find(type, STRUCT);
    if (struct.isPresent()) {
      // one column of a user-defined type on PostgreSQL, not a column per field
      report.unsupported(JpaMessages.struct(), type, struct.get());
      return List.of();
    }
    List<MappedColumn> columns = new ArrayList<>();
    PropertyAccess.fieldAccess(type, report);
    TypeElement superclass = typeElement(type.getSuperclass());
    if (superclass != null
        && (JpaAnnotations.has(superclass, "MappedSuperclass")
            || (inherited && JpaAnnotations.isEntity(superclass)))) {
      columns.addAll(
          AssociationOverrides.apply(
              AttributeOverrides.apply(
                  columns(superclass, report, inherited), type, remap(report), report),
              type,
              naming,
              report));
    } else if (JpaAnnotations.isEntity(type) && Hierarchies.parent(type).isEmpty()) {
      // nothing inherited to override (a subclass's own columns leave its parent's to the parent)
      AssociationOverrides.apply(List.of(), type, naming, report);
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
        columns.addAll(map((VariableElement) member, report));
      } else if (member.getKind() == ElementKind.FIELD
          && JpaAnnotations.has(type, "Embeddable")
          && isCollection((VariableElement) member)) {
        // its table would be the owning entity's, which only the entity's own collections get
        report.unsupported(
            JpaMessages.unsupported("a collection inside an embeddable"), member, null);
      }
    }
    return JpaAnnotations.isEntity(type) ? DerivedIdentities.apply(columns, report) : columns;
  }

  /**
   * The primary key columns of an entity, mapping only its key fields, so that an entity referring
   * to itself, or two that refer to each other, map without mapping each other in a loop.
   */
  List<MappedColumn> keyColumns(TypeElement type, MappingReport report) {
    List<MappedColumn> columns = new ArrayList<>();
    TypeElement superclass = typeElement(type.getSuperclass());
    if (superclass != null && JpaAnnotations.has(superclass, "MappedSuperclass", "Entity")) {
      columns.addAll(
          AttributeOverrides.applyToKey(keyColumns(superclass, report), type, remap(report)));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD
          && isPersistent((VariableElement) member)
          && JpaAnnotations.has(member, "Id", "EmbeddedId", "MapsId")) {
        columns.addAll(map((VariableElement) member, report));
      }
    }
    List<MappedColumn> key =
        JpaAnnotations.isEntity(type) ? DerivedIdentities.apply(columns, report) : columns;
    return key.stream().filter(MappedColumn::id).toList();
  }

  /** The table an entity maps to: {@code @Table(name)}, else its entity name. */
  String tableName(TypeElement entity) {
    String entityName = JpaAnnotations.name(entity, "Entity");
    return naming.physical(
        JpaAnnotations.name(entity, "Table"),
        entityName.isEmpty() ? entity.getSimpleName().toString() : entityName);
  }

  static Optional<String> renamedFrom(Element element) {
    return AnnotationMirrors.find(element, "dev.strata.RenamedFrom")
        .map(c -> AnnotationMirrors.string(c, "value", ""))
        .filter(name -> !name.isEmpty());
  }

  private List<MappedColumn> map(VariableElement field, MappingReport report) {
    if (!UnsupportedMappings.fieldSupported(field, report)) {
      return List.of();
    }
    if (field.asType().getKind() == TypeKind.TYPEVAR) {
      // Hibernate resolves it in each entity extending the class; Strata reads the declaration
      report.unsupported(JpaMessages.typeVariable(field), field, null);
      return List.of();
    }
    if (converters.of(field, field.asType()) instanceof AttributeConverters.Conversion.Refused no) {
      report.unsupported(JpaMessages.unsupported(no.mapping()), field, no.at());
      return List.of();
    }
    TypeElement fieldType = typeElement(field.asType());
    if (JpaAnnotations.has(field, "EmbeddedId")) {
      return fieldType == null
          ? List.of()
          : columns(fieldType, report).stream().map(MappedColumn::asKey).toList();
    }
    if (JpaAnnotations.has(field, "Embedded")
        || (fieldType != null && JpaAnnotations.has(fieldType, "Embeddable"))) {
      if (NaturalIds.isNaturalId(field)) {
        report.unsupported(
            JpaMessages.unsupported("a @NaturalId on an embedded field"),
            field,
            AnnotationMirrors.find(field, NaturalIds.NATURAL_ID).get());
        return List.of();
      }
      return fieldType == null
          ? List.of()
          : AssociationOverrides.apply(
              AttributeOverrides.apply(columns(fieldType, report), field, remap(report), report),
              field,
              naming,
              report);
    }
    if (JpaAnnotations.find(field, "OneToOne")
        .filter(c -> !AnnotationMirrors.string(c, "mappedBy", "").isEmpty())
        .isPresent()) {
      return List.of(); // the other side holds the foreign key
    }
    if (JpaAnnotations.has(field, "ManyToOne", "OneToOne") && fieldType != null) {
      return toOne.columns(field, fieldType, report);
    }
    Optional<MappedColumn> column = basicColumn(field, report);
    if (column.isEmpty()) {
      report.unsupported(JpaMessages.unmappedFieldType(field), field, null);
    }
    return column.map(List::of).orElse(List.of());
  }

  private BiFunction<VariableElement, Optional<AnnotationMirror>, Optional<MappedColumn>> remap(
      MappingReport report) {
    return (field, column) -> basicColumn(field, column, report);
  }

  private Optional<MappedColumn> basicColumn(VariableElement field, MappingReport report) {
    return basicColumn(field, JpaAnnotations.find(field, "Column"), report);
  }

  /** The column of a basic field, as {@code column} (the field's own, or an override's) says. */
  private Optional<MappedColumn> basicColumn(
      VariableElement field, Optional<AnnotationMirror> column, MappingReport report) {
    Optional<JpaTypes.Mapping> mapping = convertedType(field).or(() -> typeOf(field));
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    boolean id = JpaAnnotations.has(field, "Id");
    BeanValidation.Shape constraints = validation.shape(field);
    constraints
        .composedChecks()
        .forEach(check -> report.unsupported(JpaMessages.checkConstraint(), field, check));
    constraints
        .digits()
        .filter(digits -> JpaTypes.floating(mapping.get().sqlType()))
        .filter(digits -> AnnotationMirrors.integer(digits, "fraction", 0) > 0)
        .ifPresent(digits -> report.unsupported(JpaMessages.floatingFraction(), field, digits));
    String sqlType =
        column
            .flatMap(c -> AnnotationMirrors.value(c, "columnDefinition"))
            .map(value -> value.getValue().toString())
            .orElseGet(() -> sized(field, mapping.get().sqlType(), column, constraints));
    // a @Version column allows NULL unless primitive, as Hibernate 7.2 exports it (7.4: not null);
    // a @TenantId column is NOT NULL, as Hibernate exports it
    boolean nullable =
        !id
            && !constraints.notNull()
            && !AnnotationMirrors.has(field, "org.hibernate.annotations.TenantId")
            && !implicitlyNotNull(field, column)
            && !requiredBasic(field)
            && column.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
    return Optional.of(
        new MappedColumn(
            field,
            columnName(column, field.getSimpleName().toString()),
            sqlType,
            mapping.get().category(),
            nullable,
            id,
            isIdentity(field),
            renamedFrom(field),
            Optional.empty(),
            // the column an override gives replaces the field's, its table too
            column
                .map(c -> AnnotationMirrors.string(c, "table", ""))
                .filter(table -> !table.isEmpty())));
  }

  /**
   * Whether Hibernate makes the column of a primitive NOT NULL: only the column it makes itself,
   * without a {@code @Column} (whose {@code nullable} decides, true by default), and not in an
   * embeddable, whose columns are all NULL when the embedded value is.
   */
  private static boolean implicitlyNotNull(
      VariableElement field, Optional<AnnotationMirror> column) {
    return field.asType().getKind().isPrimitive()
        && column.isEmpty()
        && !JpaAnnotations.has(field.getEnclosingElement(), "Embeddable");
  }

  /** {@code @Basic(optional = false)}, which Hibernate makes a NOT NULL column. */
  private static boolean requiredBasic(VariableElement field) {
    return JpaAnnotations.find(field, "Basic")
        .map(basic -> !AnnotationMirrors.bool(basic, "optional", true))
        .orElse(false);
  }

  /** The physical form of the {@code name} the annotation gives, else of the implicit name. */
  private String columnName(Optional<AnnotationMirror> annotation, String implicitName) {
    return naming.physical(
        annotation.map(c -> AnnotationMirrors.string(c, "name", "")).orElse(""), implicitName);
  }

  private static Optional<JpaTypes.Mapping> typeOf(VariableElement field) {
    return typeOf(field, field.asType());
  }

  /**
   * The type of the database side of the field's converter, if one applies: a large object of it
   * under {@code @Lob}, as Hibernate stores a converted {@code String} or {@code byte[]}.
   */
  private Optional<JpaTypes.Mapping> convertedType(VariableElement field) {
    return convertedType(field, field.asType());
  }

  /**
   * The type of the database side of the converter that applies to {@code type}, the field's or
   * that of the values of its collection, if one applies; a large object of it under {@code @Lob}.
   */
  Optional<JpaTypes.Mapping> convertedType(VariableElement field, TypeMirror type) {
    if (!(converters.of(field, type)
        instanceof AttributeConverters.Conversion.ToColumn converted)) {
      return Optional.empty();
    }
    return JpaAnnotations.has(field, "Lob")
        ? JpaTypes.lob(converted.databaseType())
        : JpaTypes.of(converted.databaseType());
  }

  /** Whether the field is an enum stored as its ordinal, which Hibernate checks by range. */
  boolean isOrdinalEnum(VariableElement field) {
    TypeElement type = typeElement(field.asType());
    return type != null
        && type.getKind() == ElementKind.ENUM
        && !JpaAnnotations.has(field, "Lob")
        && convertedType(field).isEmpty()
        && typeOf(field).filter(mapping -> mapping.category() == TypeCategory.INTEGRAL).isPresent();
  }

  /** The mapping of a value of {@code valueType} held by the field: itself, or its elements. */
  static Optional<JpaTypes.Mapping> typeOf(VariableElement field, TypeMirror valueType) {
    if (JsonColumns.json(field)) {
      return Optional.of(new JpaTypes.Mapping("JSON", TypeCategory.OTHER));
    }
    if (JpaAnnotations.has(field, "Lob")) {
      return JpaTypes.lob(valueType);
    }
    Optional<AnnotationMirror> temporal = JpaAnnotations.find(field, "Temporal");
    if (temporal.isPresent()) {
      return JpaTypes.temporal(
          valueType, AnnotationMirrors.enumConstant(temporal.get(), "value").orElse(""));
    }
    TypeElement type = typeElement(valueType);
    if (type != null && type.getKind() == ElementKind.ENUM) {
      boolean asString =
          JpaAnnotations.find(field, "Enumerated")
              .flatMap(c -> AnnotationMirrors.enumConstant(c, "value"))
              .filter("STRING"::equals)
              .isPresent();
      return Optional.of(
          asString
              ? new JpaTypes.Mapping(enumType(type), TypeCategory.STRING)
              : new JpaTypes.Mapping(ordinalType(type), TypeCategory.INTEGRAL));
    }
    return JpaTypes.of(valueType);
  }

  /**
   * The type of an enum's ordinal, as Hibernate 6+ chooses it: a {@code TINYINT} ({@code SMALLINT}
   * on PostgreSQL), or a {@code SMALLINT} for an enum of more than 128 constants.
   */
  static String ordinalType(TypeElement type) {
    long constants =
        type.getEnclosedElements().stream()
            .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
            .count();
    return constants > 128 ? "SMALLINT" : "TINYINT";
  }

  /**
   * {@code ENUM('ACTIVE','CLOSED')}: the names of the constants, sorted, as Hibernate 7 declares a
   * native enum type where the database has one, and {@code VARCHAR(255)} where it has not.
   */
  static String enumType(TypeElement type) {
    return type.getEnclosedElements().stream()
        .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
        .map(member -> "'" + member.getSimpleName() + "'")
        .sorted()
        .collect(Collectors.joining(",", "ENUM(", ")"));
  }

  /** The size {@code @Column} gives, unless a Bean Validation constraint overrides it. */
  static String sized(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      BeanValidation.Shape constraints) {
    int length = column.map(c -> AnnotationMirrors.integer(c, "length", 255)).orElse(255);
    int precision = column.map(c -> AnnotationMirrors.integer(c, "precision", 0)).orElse(0);
    int scale = column.map(c -> AnnotationMirrors.integer(c, "scale", 0)).orElse(0);
    // Hibernate sizes String columns only, not enums stored as strings
    boolean string = JpaTypes.name(field.asType()).equals("java.lang.String");
    if (sqlType.equals("CLOB") || sqlType.equals("BLOB")) {
      return largeObject(sqlType, column, string ? constraints.maxLength() : OptionalInt.empty());
    }
    if (constraints.maxLength().isPresent() && string) {
      length = constraints.maxLength().getAsInt();
    }
    // Hibernate Validator sizes any column by @Digits; a floating one takes the precision only
    if (constraints.digits().isPresent()
        && (sqlType.equals("DECIMAL") || sqlType.equals("NUMERIC") || JpaTypes.floating(sqlType))) {
      int fraction = AnnotationMirrors.integer(constraints.digits().get(), "fraction", 0);
      precision = AnnotationMirrors.integer(constraints.digits().get(), "integer", 0) + fraction;
      scale = fraction;
    }
    return JpaTypes.sized(sqlType, length, precision, scale);
  }

  /**
   * A large object of the length {@code @Column(length)} or {@code @Size(max)} gives, which MariaDB
   * stores in the smallest type that holds it ({@code CLOB(200)}: a {@code tinytext}). A
   * {@code @Column} without a length gives its default, 255, as in Hibernate (measured: a {@code
   * tinytext}); without {@code @Column} or {@code @Size} it is of Hibernate's default length for
   * large objects.
   */
  private static String largeObject(
      String sqlType, Optional<AnnotationMirror> column, OptionalInt maxLength) {
    Optional<Integer> given = column.map(c -> AnnotationMirrors.integer(c, "length", 255));
    if (maxLength.isPresent()) {
      given = Optional.of(maxLength.getAsInt());
    }
    return given.map(length -> sqlType + "(" + length + ")").orElse(sqlType);
  }

  private static boolean isIdentity(VariableElement field) {
    return JpaAnnotations.find(field, "GeneratedValue")
        .flatMap(c -> AnnotationMirrors.enumConstant(c, "strategy"))
        .filter("IDENTITY"::equals)
        .isPresent();
  }

  private static boolean isCollection(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && JpaAnnotations.has(field, "OneToMany", "ManyToMany", "ElementCollection");
  }

  private static boolean isPersistent(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !JpaAnnotations.has(field, "Transient", "OneToMany", "ManyToMany", "ElementCollection")
        && !AnnotationMirrors.has(field, "org.hibernate.annotations.Formula");
  }

  private static TypeElement typeElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }
}
