package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the Java types of JPA fields to Strata's portable SQL types, as Hibernate maps them by
 * default, and to the family a view column must belong to.
 */
final class JpaTypes {

  // the binary digits of an IEEE 754 single precision number's significand
  private static final int SINGLE_PRECISION_BITS = 24;

  /** A time of day of whole seconds, Hibernate's {@code time(0)} on every database. */
  static final String TIME = "TIME(0)";

  /** A field type's portable SQL type (sizes filled in later) and family. */
  record Mapping(String sqlType, TypeCategory category) {}

  private static final Map<String, Mapping> BY_TYPE =
      Map.ofEntries(
          Map.entry("java.lang.String", new Mapping("VARCHAR", TypeCategory.STRING)),
          Map.entry("long", new Mapping("BIGINT", TypeCategory.INTEGRAL)),
          Map.entry("java.lang.Long", new Mapping("BIGINT", TypeCategory.INTEGRAL)),
          Map.entry("int", new Mapping("INTEGER", TypeCategory.INTEGRAL)),
          Map.entry("java.lang.Integer", new Mapping("INTEGER", TypeCategory.INTEGRAL)),
          Map.entry("short", new Mapping("SMALLINT", TypeCategory.INTEGRAL)),
          Map.entry("java.lang.Short", new Mapping("SMALLINT", TypeCategory.INTEGRAL)),
          Map.entry("byte", new Mapping("TINYINT", TypeCategory.INTEGRAL)),
          Map.entry("java.lang.Byte", new Mapping("TINYINT", TypeCategory.INTEGRAL)),
          Map.entry("boolean", new Mapping("BOOLEAN", TypeCategory.BOOLEAN)),
          Map.entry("java.lang.Boolean", new Mapping("BOOLEAN", TypeCategory.BOOLEAN)),
          Map.entry("java.math.BigDecimal", new Mapping("DECIMAL", TypeCategory.DECIMAL)),
          // Hibernate's precision 38 and scale 0 for a BigInteger, unless @Column gives a precision
          Map.entry("java.math.BigInteger", new Mapping("NUMERIC", TypeCategory.DECIMAL)),
          Map.entry("double", new Mapping("DOUBLE PRECISION", TypeCategory.FLOATING)),
          Map.entry("java.lang.Double", new Mapping("DOUBLE PRECISION", TypeCategory.FLOATING)),
          Map.entry("float", new Mapping("REAL", TypeCategory.FLOATING)),
          Map.entry("java.lang.Float", new Mapping("REAL", TypeCategory.FLOATING)),
          Map.entry("java.time.LocalDate", new Mapping("DATE", TypeCategory.DATE)),
          // whole seconds, as Hibernate 7 exports every time of day: time(0), where PostgreSQL's
          // plain time keeps microseconds
          Map.entry("java.time.LocalTime", new Mapping(TIME, TypeCategory.TIME)),
          Map.entry("java.time.OffsetTime", new Mapping("TIME WITH TIME ZONE", TypeCategory.TIME)),
          Map.entry("java.time.LocalDateTime", new Mapping("TIMESTAMP", TypeCategory.TIMESTAMP)),
          Map.entry(
              "java.time.Instant", new Mapping("TIMESTAMP WITH TIME ZONE", TypeCategory.TIMESTAMP)),
          Map.entry(
              "java.time.OffsetDateTime",
              new Mapping("TIMESTAMP WITH TIME ZONE", TypeCategory.TIMESTAMP)),
          Map.entry(
              "java.time.ZonedDateTime",
              new Mapping("TIMESTAMP WITH TIME ZONE", TypeCategory.TIMESTAMP)),
          Map.entry("java.util.UUID", new Mapping("UUID", TypeCategory.UUID)),
          // stored as their text, as Hibernate's Java types for them write it: a currency's code
          // and an offset's +hh:mm in columns of their widths, the others of the default length
          Map.entry("java.util.Currency", new Mapping("VARCHAR(3)", TypeCategory.STRING)),
          Map.entry("java.time.ZoneOffset", new Mapping("VARCHAR(6)", TypeCategory.STRING)),
          Map.entry("java.time.ZoneId", new Mapping("VARCHAR", TypeCategory.STRING)),
          Map.entry("java.util.TimeZone", new Mapping("VARCHAR", TypeCategory.STRING)),
          Map.entry("java.util.Locale", new Mapping("VARCHAR", TypeCategory.STRING)),
          Map.entry("java.net.URL", new Mapping("VARCHAR", TypeCategory.STRING)),
          // an IP address: PostgreSQL's inet, elsewhere the bytes of one of either version
          Map.entry("java.net.InetAddress", new Mapping("INET(19)", TypeCategory.BINARY)),
          // the legacy temporals, without @Temporal: Hibernate 6+ stores them as timestamps
          Map.entry("java.util.Date", new Mapping("TIMESTAMP", TypeCategory.TIMESTAMP)),
          Map.entry("java.util.Calendar", new Mapping("TIMESTAMP", TypeCategory.TIMESTAMP)),
          Map.entry("java.sql.Timestamp", new Mapping("TIMESTAMP", TypeCategory.TIMESTAMP)),
          Map.entry("java.sql.Date", new Mapping("DATE", TypeCategory.DATE)),
          Map.entry("java.sql.Time", new Mapping(TIME, TypeCategory.TIME)),
          Map.entry("byte[]", new Mapping("VARBINARY", TypeCategory.BINARY)),
          Map.entry("char[]", new Mapping("VARCHAR", TypeCategory.STRING)),
          // a class by its name, a year by its number
          Map.entry("java.lang.Class", new Mapping("VARCHAR", TypeCategory.STRING)),
          Map.entry("java.time.Year", new Mapping("INTEGER", TypeCategory.INTEGRAL)),
          // nanoseconds, in Hibernate's 21 digits unless @Column(precision) gives others
          Map.entry("java.time.Duration", new Mapping("DECIMAL(21,0)", TypeCategory.DECIMAL)),
          // the JDBC large objects, as Hibernate stores a @Lob
          Map.entry("java.sql.Blob", new Mapping("BLOB", TypeCategory.BINARY)),
          Map.entry("java.sql.Clob", new Mapping("CLOB", TypeCategory.STRING)),
          Map.entry("java.sql.NClob", new Mapping("CLOB", TypeCategory.STRING)),
          // java.time values without a Java type of Hibernate's own: it stores them as Java
          // serialization writes them
          Map.entry("java.time.MonthDay", new Mapping("VARBINARY", TypeCategory.BINARY)),
          Map.entry("java.time.YearMonth", new Mapping("VARBINARY", TypeCategory.BINARY)),
          Map.entry("java.time.Period", new Mapping("VARBINARY", TypeCategory.BINARY)),
          Map.entry("char", new Mapping("CHAR", TypeCategory.STRING)),
          Map.entry("java.lang.Character", new Mapping("CHAR", TypeCategory.STRING)));

  private JpaTypes() {}

  static Optional<Mapping> of(TypeMirror type) {
    return Optional.ofNullable(BY_TYPE.get(name(type))).or(() -> BasicArrays.of(type));
  }

  /**
   * A {@code @Lob}: a character large object for a {@code String}, {@code char[]}, {@code Clob} or
   * {@code NClob}, a binary one for a {@code byte[]} or {@code Blob}.
   */
  static Optional<Mapping> lob(TypeMirror type) {
    return switch (name(type)) {
      case "java.lang.String", "char[]", "java.sql.Clob", "java.sql.NClob" ->
          Optional.of(new Mapping("CLOB", TypeCategory.STRING));
      case "byte[]", "java.sql.Blob" -> Optional.of(new Mapping("BLOB", TypeCategory.BINARY));
      default -> Optional.empty();
    };
  }

  /**
   * A {@code java.util.Date} or {@code Calendar} with {@code @Temporal(DATE | TIME | TIMESTAMP)},
   * or one of {@code java.sql}'s with a {@code @Temporal} Hibernate accepts of it ({@link
   * #temporalAccepts}), or a {@code java.time} value under a {@code @Temporal} Hibernate accepts of
   * it ({@link JavaTimeTemporals}); empty for any other type, which {@code @Temporal} does not
   * apply to.
   */
  static Optional<Mapping> temporal(TypeMirror type, String temporalType) {
    if (JavaTimeTemporals.isFor(name(type))) {
      return JavaTimeTemporals.mapping(type, temporalType);
    }
    if (!temporalAccepts(name(type), temporalType)) {
      return Optional.empty();
    }
    return switch (temporalType) {
      case "DATE" -> Optional.of(new Mapping("DATE", TypeCategory.DATE));
      case "TIME" -> Optional.of(new Mapping(TIME, TypeCategory.TIME));
      case "TIMESTAMP" -> Optional.of(new Mapping("TIMESTAMP", TypeCategory.TIMESTAMP));
      default -> Optional.empty();
    };
  }

  /**
   * Whether {@code @Temporal} is for values of {@code type}, under one of its types at least: a
   * {@code java.util.Date} or {@code Calendar}, or {@code java.sql}'s {@code Date}, {@code Time} or
   * {@code Timestamp}.
   */
  static boolean takesTemporal(String type) {
    return temporalAccepts(type, "DATE") || temporalAccepts(type, "TIME");
  }

  /**
   * Whether Hibernate 7 maps a value of {@code type} under {@code @Temporal(temporalType)}: any of
   * a {@code java.util.Date} or {@code Calendar}; of {@code java.sql}'s types (measured on H2,
   * PostgreSQL and MariaDB) {@code DATE} of a {@code Date}, {@code TIME} of a {@code Time}, {@code
   * DATE} or {@code TIMESTAMP} of a {@code Timestamp}, and it refuses to start on any other.
   */
  static boolean temporalAccepts(String type, String temporalType) {
    return switch (type) {
      case "java.util.Date", "java.util.Calendar" -> true;
      case "java.sql.Date" -> temporalType.equals("DATE");
      case "java.sql.Time" -> temporalType.equals("TIME");
      case "java.sql.Timestamp" -> !temporalType.equals("TIME");
      default -> false;
    };
  }

  /**
   * The type's name, erased and without annotations: a Bean Validation constraint such as {@code
   * NotBlank} is also a {@code TYPE_USE} annotation, and {@code toString()} would give {@code
   * @jakarta.validation.constraints.NotBlank java.lang.String}.
   */
  static String name(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return name(((ArrayType) type).getComponentType()) + "[]";
    }
    return type.getKind().isPrimitive()
        ? type.getKind().name().toLowerCase(Locale.ROOT)
        : type.toString();
  }

  /** The class, interface or enum a declared type names; null for any other type. */
  static TypeElement typeElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }

  /** Whether {@code type} is present and an {@code @Embeddable} class. */
  static boolean embeddable(Optional<TypeMirror> type) {
    return type.map(JpaTypes::typeElement)
        .filter(element -> JpaAnnotations.has(element, "Embeddable"))
        .isPresent();
  }

  /** The SQL type with the size JPA gives it: {@code @Column(length, precision, scale)}. */
  static String sized(String sqlType, int length, int precision, int scale) {
    if (BasicArrays.isArrayType(sqlType)) {
      // @Column sizes the elements: a String[]'s VARCHAR(40) ARRAY
      return BasicArrays.sized(sqlType, element -> sized(element, length, precision, scale));
    }
    if (sqlType.startsWith("VARCHAR(")) {
      // a type of its own width (a currency's VARCHAR(3)), which only another length than
      // @Column's default changes, as Hibernate cannot tell that default from none
      return length > 0 && length != 255 ? "VARCHAR(" + length + ")" : sqlType;
    }
    if (sqlType.startsWith("CHAR(")) {
      // a type of its own width (a UUID's CHAR(36)), which only another length than @Column's
      // default changes, as for a VARCHAR(3)
      return length > 0 && length != 255 ? "CHAR(" + length + ")" : sqlType;
    }
    if (sqlType.startsWith("INET(")) {
      // the width of the VARBINARY holding it where the database has no inet type, as a VARCHAR(3)
      return length > 0 && length != 255 ? "INET(" + length + ")" : sqlType;
    }
    if (sqlType.startsWith("DECIMAL(")) {
      // a type of its own precision (a Duration's 21 digits), which Hibernate replaces, scale
      // included, only when @Column gives a precision: a scale alone changes nothing
      return precision > 0 ? "DECIMAL(" + precision + "," + scale + ")" : sqlType;
    }
    if (sqlType.startsWith("ENUM(")) {
      // the length of the VARCHAR that holds it where the database has no enum type (PostgreSQL)
      return length > 0 && length != 255 ? sqlType + "(" + length + ")" : sqlType;
    }
    return switch (sqlType) {
      case "VARCHAR", "VARBINARY" -> sqlType + "(" + (length > 0 ? length : 255) + ")";
      // Hibernate's default for BigDecimal when @Column says nothing: precision 38, scale 2
      case "DECIMAL" ->
          precision > 0 ? "DECIMAL(" + precision + "," + scale + ")" : "DECIMAL(38,2)";
      // a BigInteger's precision 38, scale 0: @Column's scale counts only with its precision
      case "NUMERIC" ->
          precision > 0 ? "DECIMAL(" + precision + "," + scale + ")" : "DECIMAL(38,0)";
      // one character, unless @Column gives another length than its default
      case "CHAR" -> "CHAR(" + (length > 0 && length != 255 ? length : 1) + ")";
      case "REAL", "DOUBLE PRECISION" -> precision > 0 ? floating(precision) : sqlType;
      default -> sqlType;
    };
  }

  /** Whether the SQL type is a float's or a double's. */
  static boolean floating(String sqlType) {
    return sqlType.equals("REAL") || sqlType.equals("DOUBLE PRECISION");
  }

  /**
   * A float's or double's type when {@code @Column(precision)} gives its decimal digits: Hibernate
   * turns them into the binary digits that hold them, and those up to 24 fit a single precision
   * type, more a double one, whichever Java type the field has.
   */
  private static String floating(int decimalDigits) {
    int binaryDigits = (int) Math.ceil(decimalDigits / Math.log10(2));
    return binaryDigits <= SINGLE_PRECISION_BITS ? "REAL" : "DOUBLE PRECISION";
  }

  /** The name of the wrapper of a primitive type's name, else the name itself. */
  static String boxed(String type) {
    return switch (type) {
      case "boolean" -> "java.lang.Boolean";
      case "char" -> "java.lang.Character";
      case "int" -> "java.lang.Integer";
      case "long" -> "java.lang.Long";
      case "short" -> "java.lang.Short";
      case "byte" -> "java.lang.Byte";
      case "float" -> "java.lang.Float";
      case "double" -> "java.lang.Double";
      default -> type;
    };
  }
}
