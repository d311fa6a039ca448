package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.GivenColumnTypes;
import dev.strata.processor.verify.TypeCategory;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The SQL type Hibernate gives a basic value: by its Java type, a JSON mapping, {@code @Lob},
 * {@code @Temporal} or {@code @Enumerated}, sized as {@code @Column} and Bean Validation say.
 */
final class BasicTypes {

  private BasicTypes() {}

  /** The mapping of a value of {@code valueType} held by the field: itself, or its elements. */
  static Optional<JpaTypes.Mapping> typeOf(VariableElement field, TypeMirror valueType) {
    if (JsonColumns.json(field)) {
      return Optional.of(new JpaTypes.Mapping("JSON", TypeCategory.OTHER));
    }
    Optional<JpaTypes.Mapping> textual = TextualUuids.typeOf(field, valueType);
    if (textual.isPresent()) {
      return textual;
    }
    Optional<JpaTypes.Mapping> coded = TimeTypeCodes.typeOf(field, valueType);
    if (coded.isPresent()) {
      return coded;
    }
    if (JpaAnnotations.has(field, "Lob")) {
      return JpaTypes.lob(valueType).or(() -> SerializedValues.lob(valueType));
    }
    Optional<JpaTypes.Mapping> normalized = TimeZoneStorages.normalized(field, valueType);
    if (normalized.isPresent()) {
      return normalized;
    }
    Optional<AnnotationMirror> temporal = JpaAnnotations.find(field, "Temporal");
    if (temporal.isPresent()) {
      return JpaTypes.temporal(
          valueType, AnnotationMirrors.enumConstant(temporal.get(), "value").orElse(""));
    }
    boolean asString =
        JpaAnnotations.find(field, "Enumerated")
            .flatMap(c -> AnnotationMirrors.enumConstant(c, "value"))
            .filter("STRING"::equals)
            .isPresent();
    TypeElement type = JpaTypes.typeElement(valueType);
    if (type != null && type.getKind() == ElementKind.ENUM) {
      return Optional.of(
          asString
              ? new JpaTypes.Mapping(enumType(type), TypeCategory.STRING)
              : new JpaTypes.Mapping(ordinalType(type), TypeCategory.INTEGRAL));
    }
    return JpaTypes.of(valueType)
        .or(() -> BasicArrays.ofOrdinals(valueType, asString))
        .or(() -> BasicArrays.ofPlural(valueType, asString))
        .or(() -> SerializedValues.of(valueType));
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

  /**
   * The type {@code @Column(columnDefinition)} declares, which Hibernate writes into the DDL as it
   * is, else the type of the value sized as {@link #sized} says, and a time's or timestamp's digits
   * of a second ({@link TemporalColumns#withSecondDigits}): for an entity's field and for an
   * element collection's values alike.
   */
  static String declaredOrSized(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      BeanValidation.Shape constraints) {
    return column
        .map(BasicTypes::columnDefinition)
        .filter(definition -> !definition.isEmpty())
        .map(definition -> declaredHolding(definition, sqlType))
        .orElseGet(
            () ->
                TemporalColumns.withSecondDigits(
                    sized(field, sqlType, column, constraints), field, column));
  }

  /**
   * The type a {@code columnDefinition} declares for a value of {@code sqlType}: an enum stored by
   * name keeps its values, which PostgreSQL checks as Hibernate does ({@code varchar(32) AS GIVEN
   * ENUM('A','B')}).
   */
  static String declaredHolding(String definition, String sqlType) {
    return sqlType.startsWith("ENUM(") ? GivenColumnTypes.ofEnum(definition, sqlType) : definition;
  }

  /**
   * The type the {@code columnDefinition} of {@code column} (a {@code @Column},
   * {@code @OrderColumn}, {@code @DiscriminatorColumn} or {@code @MapKeyColumn}) declares, as
   * {@link GivenColumnTypes} writes it; empty for none.
   */
  static String columnDefinition(AnnotationMirror column) {
    return GivenColumnTypes.of(AnnotationMirrors.string(column, "columnDefinition", ""));
  }

  /**
   * The type of a column referring to a key column of type {@code referenced}: the one the {@code
   * columnDefinition} of its {@code join} declares ({@code @JoinColumn},
   * {@code @MapKeyJoinColumn}), as Hibernate writes it, else the key column's.
   */
  static String referring(Optional<AnnotationMirror> join, String referenced) {
    return join.map(BasicTypes::columnDefinition)
        .filter(definition -> !definition.isEmpty())
        .orElse(referenced);
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
}
