package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The arrays Hibernate 7 maps as one column ({@code int[]}, {@code String[]}): an SQL array of its
 * elements' type on H2 and PostgreSQL, and JSON on MySQL and MariaDB, in the portable notation
 * {@code INTEGER ARRAY}. A {@code byte[]} and a {@code char[]} are no arrays there but binary and
 * text values, and a {@code Byte[]} or {@code Character[]} Hibernate refuses. A {@code List},
 * {@code Set}, {@code SortedSet} or {@code Collection} of basic values without
 * {@code @ElementCollection} Hibernate maps as the array of its values ({@link #ofPlural}).
 */
final class BasicArrays {

  // elements whose arrays Hibernate's export and Strata's dialects create alike (measured)
  private static final Set<String> ELEMENTS =
      Set.of(
          "int",
          "java.lang.Integer",
          "long",
          "java.lang.Long",
          "short",
          "java.lang.Short",
          "double",
          "java.lang.Double",
          "float",
          "java.lang.Float",
          "boolean",
          "java.lang.Boolean",
          "java.lang.String",
          "java.util.UUID",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.Instant",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.math.BigDecimal",
          "java.math.BigInteger");

  private static final String ARRAY = " ARRAY";

  private BasicArrays() {}

  // the collections whose basic values Hibernate 7 maps as one array column, as it does an array's
  // (measured), where an ArrayList or a TreeSet is a serialized value
  private static final Set<String> PLURALS =
      Set.of("java.util.List", "java.util.Set", "java.util.SortedSet", "java.util.Collection");

  /** The mapping of an array of a supported element type; empty for any other type. */
  static Optional<JpaTypes.Mapping> of(TypeMirror type) {
    return element(type).flatMap(BasicArrays::ofElements);
  }

  private static Optional<JpaTypes.Mapping> ofElements(TypeMirror element) {
    return Optional.of(element)
        .filter(e -> ELEMENTS.contains(JpaTypes.name(e)))
        .flatMap(JpaTypes::of)
        .map(e -> new JpaTypes.Mapping(e.sqlType() + ARRAY, TypeCategory.OTHER));
  }

  /**
   * The mapping of a {@code List}, {@code Set}, {@code SortedSet} or {@code Collection} of basic
   * values without {@code @ElementCollection}, which Hibernate 7 maps as the array of its values'
   * type ({@code List<Integer>} as an {@code Integer[]}); empty for any other type, or values whose
   * array Strata does not create.
   */
  static Optional<JpaTypes.Mapping> ofPlural(TypeMirror type, boolean byName) {
    return pluralElement(type)
        .flatMap(element -> ofElements(element).or(() -> ordinalsOf(element, byName)));
  }

  /** The values' type of a collection Hibernate maps as an array when they are basic. */
  static Optional<TypeMirror> pluralElement(TypeMirror type) {
    return type instanceof DeclaredType declared
            && declared.getTypeArguments().size() == 1
            && PLURALS.contains(JpaTypes.name(type))
        ? Optional.of(declared.getTypeArguments().get(0))
        : Optional.empty();
  }

  /**
   * The mapping of an array of enums stored by their ordinals, an array of the ordinal's type
   * ({@code TINYINT ARRAY}); empty for any other type. An array of enums stored by their names is
   * left out: Hibernate declares H2's native enum type for its elements, which Strata's dialects do
   * not write inside an array.
   */
  static Optional<JpaTypes.Mapping> ofOrdinals(TypeMirror type, boolean byName) {
    return element(type).flatMap(element -> ordinalsOf(element, byName));
  }

  private static Optional<JpaTypes.Mapping> ordinalsOf(TypeMirror element, boolean byName) {
    return Optional.ofNullable(JpaTypes.typeElement(element))
        .filter(e -> e.getKind() == ElementKind.ENUM && !byName)
        .map(e -> new JpaTypes.Mapping(BasicTypes.ordinalType(e) + ARRAY, TypeCategory.OTHER));
  }

  /** Whether {@code type} is an array Hibernate maps as one column, of any element type. */
  static boolean isArray(TypeMirror type) {
    String name = JpaTypes.name(type);
    return element(type).isPresent()
        && !name.equals("byte[]")
        && !name.equals("char[]")
        && !name.equals("java.lang.Byte[]")
        && !name.equals("java.lang.Character[]");
  }

  /** The portable type of the element of {@code arrayType}, sized by {@code sizer}. */
  static String sized(String arrayType, UnaryOperator<String> sizer) {
    return sizer.apply(arrayType.substring(0, arrayType.length() - ARRAY.length())) + ARRAY;
  }

  /** Whether a portable type is an array's. */
  static boolean isArrayType(String sqlType) {
    return sqlType.endsWith(ARRAY);
  }

  private static Optional<TypeMirror> element(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        ? Optional.of(((ArrayType) type).getComponentType())
        : Optional.empty();
  }
}
