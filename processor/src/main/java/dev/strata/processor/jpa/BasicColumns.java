package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a basic field (one that is no embedded value or association) to its column as Hibernate
 * does: name, type (through the field's converter, if one applies), size, nullability, key and
 * identity.
 */
final class BasicColumns {

  private final JpaNaming naming;
  private final BeanValidation validation;
  private final AttributeConverters converters;
  private final TemporalColumns temporal;
  private final NumericColumns numeric;

  BasicColumns(
      JpaNaming naming,
      BeanValidation validation,
      AttributeConverters converters,
      TemporalColumns temporal,
      NumericColumns numeric) {
    this.naming = naming;
    this.validation = validation;
    this.converters = converters;
    this.temporal = temporal;
    this.numeric = numeric;
  }

  /** The column of a basic field, as {@code column} (the field's own, or an override's) says. */
  Optional<MappedColumn> column(
      VariableElement field, Optional<AnnotationMirror> column, MappingReport report) {
    Optional<JpaTypes.Mapping> mapping =
        UserTypes.annotates(field)
            ? UserTypes.mapping(field, column, report)
            : convertedType(field).or(() -> typeOf(field));
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    boolean id = JpaAnnotations.has(field, "Id");
    BeanValidation.Shape constraints = validation.shape(field);
    reportUnbuildable(field, mapping.get(), constraints, report);
    temporal.check(field, mapping.get().sqlType(), column, report);
    String sqlType =
        BasicTypes.declaredOrSized(field, mapping.get().sqlType(), column, constraints);
    numeric.check(field, mapping.get().sqlType(), sqlType, column, constraints.digits(), report);
    return Optional.of(
        new MappedColumn(
            field,
            columnName(column, field.getSimpleName().toString()),
            sqlType,
            mapping.get().category(),
            nullable(field, column, constraints, id),
            id,
            isIdentity(field),
            FormerNames.renamedFrom(field),
            Optional.empty(),
            // the column an override gives replaces the field's, its table too
            column
                .map(c -> AnnotationMirrors.string(c, "table", ""))
                .filter(table -> !table.isEmpty()),
            Optional.empty(),
            validation.applies(),
            List.of()));
  }

  /**
   * The type Hibernate sizes {@code column} by to order a composite primary key ({@link KeyOrder}):
   * its type, save where its own field's {@code @Column(columnDefinition)} gave it one, which
   * Hibernate's ordering does not read (measured: an {@code Integer} of {@code columnDefinition =
   * "bigint"} comes before a {@code Long} of an earlier name), and then the type of its value.
   */
  String keySizeType(MappedColumn column) {
    VariableElement field = column.field();
    Optional<AnnotationMirror> own = JpaAnnotations.find(field, "Column");
    boolean declared =
        own.map(BasicTypes::columnDefinition)
            .filter(definition -> definition.equals(column.sqlType()))
            .isPresent();
    Optional<JpaTypes.Mapping> mapping = convertedType(field).or(() -> typeOf(field));
    if (!declared || column.references().isPresent() || mapping.isEmpty()) {
      return column.sqlType();
    }
    return TemporalColumns.withSecondDigits(
        BasicTypes.sized(field, mapping.get().sqlType(), own, validation.shape(field)), field, own);
  }

  /**
   * Reports the sizes of an element collection's values, given by {@code column}, that Hibernate or
   * a target database refuses, as those of a field.
   */
  void checkValues(
      VariableElement field,
      String sqlType,
      String sizedType,
      Optional<AnnotationMirror> column,
      MappingReport report) {
    temporal.checkValues(field, sqlType, column, report);
    numeric.check(field, sqlType, sizedType, column, Optional.empty(), report);
  }

  /** Reports the Bean Validation constraints on the field whose schema Strata cannot build. */
  private static void reportUnbuildable(
      VariableElement field,
      JpaTypes.Mapping mapping,
      BeanValidation.Shape constraints,
      MappingReport report) {
    constraints
        .composedChecks()
        .forEach(check -> report.unsupported(JpaMessages.checkConstraint(), field, check));
    constraints
        .digits()
        .filter(digits -> JpaTypes.floating(mapping.sqlType()))
        .filter(digits -> AnnotationMirrors.integer(digits, "fraction", 0) > 0)
        .ifPresent(digits -> report.unsupported(JpaMessages.floatingFraction(), field, digits));
  }

  private static boolean nullable(
      VariableElement field,
      Optional<AnnotationMirror> column,
      BeanValidation.Shape constraints,
      boolean id) {
    // a @Version column allows NULL unless primitive, as Hibernate 7.2 exports it (7.4: not null);
    // a @TenantId column is NOT NULL, as Hibernate exports it
    return !id
        && !constraints.notNull()
        && !AnnotationMirrors.has(field, "org.hibernate.annotations.TenantId")
        && !implicitlyNotNull(field, column)
        && !requiredBasic(field)
        && column.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
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
    return BasicTypes.typeOf(field, field.asType());
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
    Optional<JpaTypes.Mapping> coded = TimeTypeCodes.typeOf(field, converted.databaseType());
    if (coded.isPresent()) {
      return coded;
    }
    return JpaAnnotations.has(field, "Lob")
        ? JpaTypes.lob(converted.databaseType())
        : JpaTypes.of(converted.databaseType());
  }

  /** Whether the field is an enum stored as its ordinal, which Hibernate checks by range. */
  boolean isOrdinalEnum(VariableElement field) {
    TypeElement type = JpaTypes.typeElement(field.asType());
    return type != null
        && type.getKind() == ElementKind.ENUM
        && !JpaAnnotations.has(field, "Lob")
        && convertedType(field).isEmpty()
        && typeOf(field).filter(mapping -> mapping.category() == TypeCategory.INTEGRAL).isPresent();
  }

  private static boolean isIdentity(VariableElement field) {
    return JpaAnnotations.find(field, "GeneratedValue")
            .flatMap(c -> AnnotationMirrors.enumConstant(c, "strategy"))
            .filter("IDENTITY"::equals)
            .isPresent()
        || GenericGenerators.identity(field);
  }
}
