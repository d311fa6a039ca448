package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.element.ElementKind;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The arrays Hibernate 7 maps as one column ({@code int[]}, {@code String[]}): an SQL array of its
 * elements' type on H2 and PostgreSQL, and JSON on MySQL and MariaDB, in the portable notation
 * {@code INTEGER ARRAY}. A {@code byte[]} and a {@code char[]} are no arrays there but binary and
 * text values, and a {@code Byte[]} or {@code Character[]} Hibernate refuses.
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

  /** The mapping of an array of a supported element type; empty for any other type. */
  static Optional<JpaTypes.Mapping> of(TypeMirror type) {
    return element(type)
        .filter(element -> ELEMENTS.contains(JpaTypes.name(element)))
        .flatMap(JpaTypes::of)
        .map(element -> new JpaTypes.Mapping(element.sqlType() + ARRAY, TypeCategory.OTHER));
  }

  /**
   * The mapping of an array of enums stored by their ordinals, an array of the ordinal's type
   * ({@code TINYINT ARRAY}); empty for any other type. An array of enums stored by their names is
   * left out: Hibernate declares H2's native enum type for its elements, which Strata's dialects do
   * not write inside an array.
   */
  static Optional<JpaTypes.Mapping> ofOrdinals(TypeMirror type, boolean byName) {
    return element(type)
        .map(JpaTypes::typeElement)
        .filter(element -> element.getKind() == ElementKind.ENUM && !byName)
        .map(
            element ->
                new JpaTypes.Mapping(BasicTypes.ordinalType(element) + ARRAY, TypeCategory.OTHER));
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
