package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The texts about a basic field whose Java type has no column Strata creates: the reason Hibernate
 * itself gives where it has one, else the general finding of {@link JpaMessages}.
 */
final class TypeMessages {

  private TypeMessages() {}

  /** Why field {@code field}, of a type without a basic mapping, has no column. */
  /** An {@code @Enumerated} on a field that holds no enum, which Hibernate refuses. */
  static String enumeratedNotEnum(Element field) {
    return "@Enumerated on field "
        + field.getSimpleName()
        + " of type "
        + field.asType()
        + ", which is no enum: Hibernate refuses to start on it; take @Enumerated off, or declare"
        + " the field of the enum it stores";
  }

  static String unmapped(VariableElement field) {
    String type = JpaTypes.name(field.asType());
    if (type.equals("java.lang.Character[]") || type.equals("java.lang.Byte[]")) {
      return wrapperArray(field, type);
    }
    if (BasicArrays.isArray(field.asType())) {
      return nestedArray(field) ? nested(field, type) : array(field, type);
    }
    Optional<TypeMirror> arrays =
        BasicArrays.pluralElement(field.asType())
            .filter(element -> element.getKind() == TypeKind.ARRAY);
    if (arrays.isPresent()) {
      return collectionOfArrays(field, type + "<" + JpaTypes.name(arrays.get()) + ">");
    }
    if (basicCollection(field)) {
      return collection(field, type);
    }
    return refusedTemporal(field, field.asType(), "Temporal")
        .orElseGet(() -> JpaMessages.unmappedFieldType(field));
  }

  /**
   * Why Hibernate 7 refuses {@code type}, a {@code java.sql} date, time or timestamp that {@code
   * field} holds as its value, a collection's values or a map's keys, under an {@code annotation}
   * ({@code Temporal} or {@code MapKeyTemporal}) it does not map it as (measured: it refuses to
   * start); empty where it maps it or the type is no {@code java.sql} one.
   */
  static Optional<String> refusedTemporal(
      VariableElement field, TypeMirror type, String annotation) {
    String name = JpaTypes.name(type);
    boolean javaTime = JavaTimeTemporals.isFor(name);
    if (!name.startsWith("java.sql.") && !javaTime) {
      return Optional.empty();
    }
    String subject =
        annotation.startsWith("MapKey")
            ? "the keys of map " + field.getSimpleName()
            : name.equals(JpaTypes.name(field.asType()))
                ? "field " + field.getSimpleName()
                : "the values of collection " + field.getSimpleName();
    return JpaAnnotations.find(field, annotation)
        .flatMap(found -> AnnotationMirrors.enumConstant(found, "value"))
        .filter(
            temporal ->
                javaTime
                    ? !JavaTimeTemporals.accepts(name, temporal)
                    : !JpaTypes.temporalAccepts(name, temporal))
        .map(
            temporal ->
                "Hibernate 7 refuses to start on "
                    + subject
                    + ", a "
                    + name
                    + " under @"
                    + annotation
                    + "("
                    + temporal
                    + ") (TemporalJavaType(javaType="
                    + name
                    + ") as `jakarta.persistence.TemporalType."
                    + temporal
                    + "` not supported): "
                    + (javaTime
                        ? "a java.time value takes only the @"
                            + annotation
                            + " of its own kind (an Instant any), which changes nothing"
                        : "it maps a java.sql.Date as DATE only, a java.sql.Time as TIME only and"
                            + " a java.sql.Timestamp as DATE or TIMESTAMP")
                    + "; remove the @"
                    + annotation
                    + ", whose "
                    + name.substring(name.lastIndexOf('.') + 1)
                    + " has a column of its own, or declare the type the @"
                    + annotation
                    + " is for");
  }

  /**
   * A {@code List<byte[]>} or {@code Set<int[]>} without {@code @ElementCollection}, which
   * Hibernate 7 refuses (measured): it has no type for a collection of {@code byte[]}, and nests no
   * other array in the array column it makes of a collection.
   */
  private static String collectionOfArrays(VariableElement field, String type) {
    boolean bytes = type.endsWith("<byte[]>");
    boolean text = type.endsWith("<char[]>");
    return refused(field, type)
        + (bytes
            ? "it has no type for a collection of byte[] without @ElementCollection (Could not"
                + " determine JavaType nor JdbcType)"
            : "it maps a collection without @ElementCollection as an array column, and nests no"
                + " arrays in one but a byte[][] (Nested arrays are not supported)")
        + "; "
        + (bytes || text
            ? "map the values as an @ElementCollection, a "
                + (bytes ? "varbinary (bytea on PostgreSQL)" : "varchar")
                + " column each, or name"
            : "name")
        + " an AttributeConverter with @Convert(converter = ...)";
  }

  private static String wrapperArray(VariableElement field, String type) {
    return refused(field, type)
        + "an array of wrappers may hold nulls, which the "
        + (type.startsWith("java.lang.Byte") ? "varbinary" : "varchar")
        + " it was stored in before Hibernate 6.2 cannot (hibernate.type.wrapper_array_handling);"
        + " declare it "
        + (type.startsWith("java.lang.Byte") ? "byte[]" : "char[]")
        + ", or name an AttributeConverter with @Convert(converter = ...)";
  }

  // how each refusal of Hibernate's begins
  private static String refused(VariableElement field, String type) {
    return "Hibernate 7 refuses field " + field.getSimpleName() + " (" + type + "): ";
  }

  private static boolean enumArray(VariableElement field) {
    return enumType(((ArrayType) field.asType()).getComponentType());
  }

  private static boolean nestedArray(VariableElement field) {
    ArrayType array = (ArrayType) field.asType();
    return array.getComponentType().getKind() == TypeKind.ARRAY;
  }

  private static String nested(VariableElement field, String type) {
    return refused(field, type)
        + "it maps no array of arrays but a byte[][]; name an AttributeConverter with"
        + " @Convert(converter = ...), or map the values as an @ElementCollection";
  }

  /**
   * A {@code List<LocalTime>}: a collection Hibernate maps as an array column, of values of a basic
   * type or an enum, not of arrays, which Hibernate does not nest.
   */
  /** Whether {@code type} is a collection or a map, which a to-one cannot hold. */
  static boolean collection(TypeMirror type) {
    String name = JpaTypes.name(type);
    return BasicArrays.pluralElement(type).isPresent()
        || name.equals("java.util.Map")
        || name.equals("java.util.SortedMap");
  }

  /**
   * A {@code @ManyToOne} or {@code @OneToOne} on a collection ({@code List<Host> hosts}), which
   * Hibernate 7.2 starts on with one join column to the element's entity (measured: {@code
   * party.hosts_id -> host}), a column that cannot hold the collection.
   */
  static String toOneOfCollection(VariableElement field, AnnotationMirror toOne) {
    String annotation = toOne.getAnnotationType().asElement().getSimpleName().toString();
    return "@"
        + annotation
        + " on field "
        + field.getSimpleName()
        + ", a "
        + JpaTypes.name(field.asType())
        + ": a to-one refers to one entity, and Hibernate 7.2 maps it as one join column, which"
        + " cannot hold the collection; map a collection of entities with @OneToMany or"
        + " @ManyToMany, or declare the field of the entity it refers to";
  }

  private static boolean basicCollection(VariableElement field) {
    return BasicArrays.pluralElement(field.asType())
        .filter(element -> JpaTypes.of(element).isPresent() || enumType(element))
        .filter(element -> !BasicArrays.isArray(element))
        .isPresent();
  }

  private static boolean enumType(TypeMirror type) {
    TypeElement element = JpaTypes.typeElement(type);
    return element != null && element.getKind() == ElementKind.ENUM;
  }

  private static String collection(VariableElement field, String type) {
    TypeMirror element = BasicArrays.pluralElement(field.asType()).orElseThrow();
    return array(
        field,
        type + "<" + JpaTypes.name(element) + ">, a collection without" + " @ElementCollection",
        enumType(element));
  }

  private static String array(VariableElement field, String type) {
    return array(field, type, enumArray(field));
  }

  private static String array(VariableElement field, String type, boolean enumElements) {
    return "Strata cannot create the array column Hibernate 7 gives field "
        + field.getSimpleName()
        + " ("
        + type
        + "): it creates arrays of int, long, short, double, float, boolean (or their wrappers),"
        + " String, UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime, ZonedDateTime,"
        + " BigDecimal, BigInteger and enums stored by their ordinals only"
        + (enumElements
            ? " (Hibernate declares H2's enum type for the names of an @Enumerated(STRING) one)"
            : "")
        + "; name an AttributeConverter with @Convert(converter = ...), or map the values as an"
        + " @ElementCollection";
  }

  /** Why {@code @Column(precision, scale)} on a time or timestamp is refused. */
  static String temporalScale(VariableElement field) {
    return refused(field, JpaTypes.name(field.asType()))
        + "its @Column(precision, scale) gives a time or timestamp column a scale, on which"
        + " Hibernate's H2 and PostgreSQL dialects refuse to start (scale has no meaning for SQL"
        + " time or timestamp types); remove the scale (a precision alone changes nothing here, as"
        + " in Hibernate; give the digits of a second with @Column(secondPrecision = ...)), or h2"
        + " and postgresql from -Astrata.targets";
  }

  /**
   * Why a time or timestamp of more digits of a second than a target keeps is refused.
   *
   * @param refusal the databases and their refusal: {@code H2 refuses (...), as it would refuse
   *     Hibernate's own DDL}
   * @param way the way out: {@code give 6 at most, or remove mysql and mariadb from ...}
   */
  static String tooManySecondDigits(VariableElement field, int digits, String refusal, String way) {
    return "Hibernate 7 gives field "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + ") a column of "
        + digits
        + " digits of a second, which "
        + refusal
        + "; "
        + way;
  }

  static String tooManySecondDigitsForMySql(VariableElement field, int digits) {
    return tooManySecondDigits(
        field,
        digits,
        "MySQL and MariaDB refuse (Too big precision specified, maximum is 6), as they would"
            + " refuse Hibernate's own DDL",
        "give 6 at most, or remove mysql and mariadb from -Astrata.targets");
  }

  static String tooManySecondDigitsForH2(VariableElement field, int digits) {
    return tooManySecondDigits(
        field,
        digits,
        "H2 refuses (Scale or fractional seconds precision must be between 0 and 9), as it would"
            + " refuse Hibernate's own DDL",
        "give 9 at most (PostgreSQL keeps 6), or remove h2 from -Astrata.targets");
  }

  /** Why a {@code @TimeZoneStorage} Strata does not realise is refused. */
  static String timeZoneStorage(Element field, String storage) {
    return JpaMessages.unsupported(
        "@TimeZoneStorage(TimeZoneStorageType."
            + storage
            + ") on field "
            + field.getSimpleName()
            + " ("
            + JpaTypes.name(field.asType())
            + "): Hibernate 7 realises NORMALIZE, NORMALIZE_UTC and DEFAULT on an OffsetDateTime"
            + " or ZonedDateTime and NORMALIZE on an OffsetTime, which Strata creates, while COLUMN"
            + " adds an integer column of the offset, AUTO one on PostgreSQL and MariaDB only, and"
            + " NATIVE a MariaDB timestamp (or a time with time zone, which MariaDB refuses)");
  }

  /** A scale on a floating point column, on which Hibernate refuses to start. */
  static String floatingScale(VariableElement field) {
    return refused(field, JpaTypes.name(field.asType()))
        + "its @Column(precision, scale) gives a floating point column a scale, on which Hibernate"
        + " refuses to start on H2, PostgreSQL and MariaDB (scale has no meaning for SQL floating"
        + " point types); remove the scale (the precision alone chooses a real or a double), or"
        + " declare the field a BigDecimal for a numeric of that precision and scale";
  }

  /** More decimal digits than a double holds, whose {@code float(n)} every database refuses. */
  static String floatingPrecision(VariableElement field, int digits, int bits) {
    return "Hibernate 7 gives field "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + ") a float("
        + bits
        + ") for a precision of "
        + digits
        + " digits, more than a double's 53 binary digits hold, which H2, PostgreSQL and MariaDB"
        + " refuse; give 15 digits at most, or declare the field a BigDecimal";
  }

  /** A {@code numeric} wider than a target database takes. */
  static String decimalRefused(VariableElement field, int precision, int scale, String refusal) {
    return "Hibernate 7 gives field "
        + field.getSimpleName()
        + " ("
        + JpaTypes.name(field.asType())
        + ") a numeric("
        + precision
        + ","
        + scale
        + "), which "
        + refusal
        + ", as they would refuse Hibernate's own DDL; make it fit, or remove that database from"
        + " -Astrata.targets";
  }

  /** A {@code @FractionalSeconds} on an element collection, which Hibernate ignores. */
  static String fractionalSecondsOnValues(VariableElement field, int digits) {
    return "Hibernate 7 ignores @FractionalSeconds on element collection "
        + field.getSimpleName()
        + ": its values keep the digits of a second of their type (timestamp(6), time(0)), or of"
        + " @Column(secondPrecision); to give them "
        + digits
        + ", write @Column(secondPrecision = "
        + digits
        + ") instead";
  }
}
