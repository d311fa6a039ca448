package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.verify.TypeCategory;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * Hibernate's {@code @JdbcTypeCode} of a date, time or timestamp ({@code SqlTypes.TIMESTAMP},
 * {@code INSTANT}, {@code TIMESTAMP_UTC}, {@code TIMESTAMP_WITH_TIMEZONE}, {@code TIME}, {@code
 * TIME_UTC}, {@code TIME_WITH_TIMEZONE}, {@code DATE}, and the {@code java.time} ones, {@code
 * LOCAL_DATE_TIME}, {@code LOCAL_DATE}, {@code LOCAL_TIME}, {@code OFFSET_DATE_TIME}, {@code
 * ZONED_DATE_TIME}, {@code OFFSET_TIME}) on a date, time or timestamp value: the column Hibernate 7
 * exports for it, measured on H2, PostgreSQL and MariaDB. The code decides the type, the value's
 * Java type its digits of a second: none for a time of day, 6 for a timestamp, and for a date 19,
 * which H2 and MariaDB refuse and PostgreSQL cuts to 6. Under {@code @Temporal} the value is of the
 * {@code @Temporal}'s kind, under {@code @Convert} the converter's database side; a code Hibernate
 * exports a column for and writes no value with (measured) is refused with its reason.
 */
final class TimeTypeCodes {

  // org.hibernate.type.SqlTypes
  private static final int DATE = 91;
  private static final int TIME = 92;
  private static final int TIMESTAMP = 93;
  private static final int TIME_WITH_TIMEZONE = 2013;
  private static final int TIMESTAMP_WITH_TIMEZONE = 2014;
  private static final int TIMESTAMP_UTC = 3003;
  private static final int TIME_UTC = 3007;
  private static final int INSTANT = 3008;
  private static final int LOCAL_DATE_TIME = 3009;
  private static final int LOCAL_DATE = 3010;
  private static final int LOCAL_TIME = 3011;
  private static final int OFFSET_DATE_TIME = 3012;
  private static final int OFFSET_TIME = 3013;
  private static final int ZONED_DATE_TIME = 3014;

  // each code by its name in SqlTypes, which a message names
  private static final Map<Integer, String> NAMES =
      Map.ofEntries(
          Map.entry(DATE, "DATE"),
          Map.entry(TIME, "TIME"),
          Map.entry(TIMESTAMP, "TIMESTAMP"),
          Map.entry(TIME_WITH_TIMEZONE, "TIME_WITH_TIMEZONE"),
          Map.entry(TIMESTAMP_WITH_TIMEZONE, "TIMESTAMP_WITH_TIMEZONE"),
          Map.entry(TIMESTAMP_UTC, "TIMESTAMP_UTC"),
          Map.entry(TIME_UTC, "TIME_UTC"),
          Map.entry(INSTANT, "INSTANT"),
          Map.entry(LOCAL_DATE_TIME, "LOCAL_DATE_TIME"),
          Map.entry(LOCAL_DATE, "LOCAL_DATE"),
          Map.entry(LOCAL_TIME, "LOCAL_TIME"),
          Map.entry(OFFSET_DATE_TIME, "OFFSET_DATE_TIME"),
          Map.entry(OFFSET_TIME, "OFFSET_TIME"),
          Map.entry(ZONED_DATE_TIME, "ZONED_DATE_TIME"));

  // the java.time codes, whose column Hibernate 7 exports as that of the code each stands for, on
  // every value and database, sized alike (measured on H2, PostgreSQL and MariaDB)
  private static final Map<Integer, Integer> EXPORTED_AS =
      Map.of(
          LOCAL_DATE_TIME, TIMESTAMP,
          LOCAL_DATE, DATE,
          LOCAL_TIME, TIME,
          OFFSET_DATE_TIME, TIMESTAMP_WITH_TIMEZONE,
          ZONED_DATE_TIME, TIMESTAMP_WITH_TIMEZONE,
          OFFSET_TIME, TIME_WITH_TIMEZONE);

  // the values Hibernate gives a time or timestamp of whole seconds
  private static final Set<String> TIMES_OF_DAY =
      Set.of("java.time.LocalTime", "java.time.OffsetTime", "java.sql.Time");
  private static final Set<String> INSTANTS =
      Set.of(
          "java.time.LocalDateTime",
          "java.time.Instant",
          "java.time.OffsetDateTime",
          "java.time.ZonedDateTime",
          "java.sql.Timestamp",
          "java.util.Date",
          "java.util.Calendar");
  // the values Hibernate gives a time or timestamp of 19 digits of a second
  private static final Set<String> DATES = Set.of("java.time.LocalDate", "java.sql.Date");
  // the values @Temporal applies to in Strata
  private static final Set<String> TEMPORALS = Set.of("java.util.Date", "java.util.Calendar");

  // the codes a Calendar under @Temporal takes whatever its kind (measured: not the java.time ones)
  private static final Set<Integer> LEGACY = Set.of(DATE, TIME, TIMESTAMP);

  /**
   * The digits of a second Hibernate gives a time code's column by the value's type: none for a
   * time of day, 6 for a timestamp, 19 for a date.
   */
  private enum Digits {
    NONE,
    SIX,
    DATE
  }

  private final Set<String> databases;

  /**
   * @param targets the databases the module runs on; H2, the default, when they name none
   */
  TimeTypeCodes(Set<String> targets) {
    this.databases = TargetDatabases.of(targets);
  }

  /**
   * Whether the field's {@code @JdbcTypeCode} is a time code on a date, time or timestamp value (an
   * element collection's, a converter's database side), whose column Strata creates.
   */
  static boolean realised(Element field) {
    return digitsOf(field).isPresent();
  }

  /**
   * Whether the field's time code, which Strata realises, applies to its converter's database side,
   * whose digits of a second Hibernate keeps whatever the field's annotations say.
   */
  static boolean converted(Element field) {
    return realised(field) && JpaAnnotations.has(field, "Convert");
  }

  /**
   * Why Hibernate cannot store the field with its time code, where Strata knows (measured on H2,
   * PostgreSQL and MariaDB): a value that is no date, time or timestamp, or a code against its
   * {@code @Temporal}; empty for a code Strata realises, and for one it did not measure.
   */
  static Optional<String> refusal(Element field) {
    Optional<Integer> code = code(field);
    Optional<TypeMirror> value = codedValue(field);
    if (code.isEmpty() || value.isEmpty() || realised(field) || temporalAndConverted(field)) {
      return Optional.empty();
    }
    String name = JpaTypes.name(value.get());
    String codeName = NAMES.get(code.get());
    Optional<String> temporal = temporalKind(field);
    if (temporal.isPresent()) {
      return TEMPORALS.contains(name)
          ? Optional.of(
              TimeCodeMessages.codeAgainstTemporal(
                  field, temporal.get(), codeName, name.equals("java.util.Calendar")))
          : Optional.empty();
    }
    return temporal(value.get())
        ? Optional.empty()
        : Optional.of(
            TimeCodeMessages.codeOnOtherValue(
                field,
                name,
                codeName,
                NAMES.get(exportedAs(code.get())),
                converterSide(field).isPresent()));
  }

  /**
   * The type Hibernate exports for the field's time code on a value of {@code valueType}: the
   * field's, its element's, or its converter's database side.
   */
  static Optional<JpaTypes.Mapping> typeOf(Element field, TypeMirror valueType) {
    Optional<Digits> digits = digitsOf(field);
    if (digits.isEmpty() || !temporal(valueType)) {
      return Optional.empty();
    }
    // a date's 19 digits are 6 on PostgreSQL, the one database that takes them, as a timestamp's
    boolean whole = digits.get() == Digits.NONE;
    return Optional.of(
        switch (exportedAs(code(field).orElseThrow())) {
          case DATE -> new JpaTypes.Mapping("DATE", TypeCategory.DATE);
          case TIME -> new JpaTypes.Mapping(whole ? JpaTypes.TIME : "TIME(6)", TypeCategory.TIME);
          case TIME_UTC, TIME_WITH_TIMEZONE ->
              new JpaTypes.Mapping(
                  whole ? "TIME WITH TIME ZONE" : "TIME(6) WITH TIME ZONE", TypeCategory.TIME);
          case TIMESTAMP_UTC, TIMESTAMP_WITH_TIMEZONE ->
              new JpaTypes.Mapping(
                  whole ? "TIMESTAMP(0) WITH TIME ZONE" : "TIMESTAMP WITH TIME ZONE",
                  TypeCategory.TIMESTAMP);
          default ->
              new JpaTypes.Mapping(whole ? "TIMESTAMP(0)" : "TIMESTAMP", TypeCategory.TIMESTAMP);
        });
  }

  /**
   * Reports a time code whose column a target database refuses, or one Strata does not create
   * there, on the annotation.
   */
  void check(VariableElement field, MappingReport report) {
    Optional<Digits> digits = digitsOf(field);
    if (digits.isEmpty()) {
      return;
    }
    AnnotationMirror annotation =
        AnnotationMirrors.find(field, JsonColumns.JDBC_TYPE_CODE).orElseThrow();
    int given = code(field).orElseThrow();
    int code = exportedAs(given);
    boolean mysql = TargetDatabases.includesMySql(databases);
    if (digits.get() == Digits.DATE && code != DATE && (mysql || databases.contains("h2"))) {
      report.unsupported(
          TimeCodeMessages.dateWithTimeCode(
              field,
              JpaTypes.name(codedValue(field).orElseThrow()),
              NAMES.get(given),
              code == TIME || code == TIME_UTC || code == TIME_WITH_TIMEZONE,
              JpaAnnotations.has(field, "Convert")),
          field,
          annotation);
    } else if (code == TIMESTAMP_WITH_TIMEZONE && mysql) {
      report.unsupported(
          TimeCodeMessages.nativeTimestampCode(field, NAMES.get(given)), field, annotation);
    } else if (code == TIME_WITH_TIMEZONE && (mysql || databases.contains("postgresql"))) {
      report.unsupported(
          TimeCodeMessages.zonedTimeCode(field, NAMES.get(given), mysql), field, annotation);
    }
  }

  /**
   * The digits of a second of the column of the field's time code, if Strata realises it: on a
   * date, time or timestamp value, as its type gives them; under {@code @Temporal}, on a {@code
   * java.util.Date} a code of the {@code @Temporal}'s kind and on a {@code Calendar} a {@code
   * DATE}, {@code TIME} or {@code TIMESTAMP}, the only ones Hibernate writes a value with
   * (measured), as the {@code @Temporal} gives them (19 for a {@code Date}'s {@code DATE}, none for
   * a {@code Calendar}'s).
   */
  private static Optional<Digits> digitsOf(Element field) {
    Optional<Integer> code = code(field);
    Optional<TypeMirror> value = codedValue(field);
    if (code.isEmpty() || value.isEmpty() || temporalAndConverted(field)) {
      return Optional.empty();
    }
    String name = JpaTypes.name(value.get());
    Optional<String> temporal = temporalKind(field);
    if (temporal.isEmpty()) {
      return digits(name);
    }
    boolean calendar = name.equals("java.util.Calendar");
    if (calendar ? !LEGACY.contains(code.get()) : !sameKind(code.get(), temporal.get())) {
      return Optional.empty();
    }
    if (!name.equals("java.util.Date") && !calendar) {
      return Optional.empty();
    }
    return Optional.of(
        switch (temporal.get()) {
          case "TIMESTAMP" -> Digits.SIX;
          case "DATE" -> calendar ? Digits.NONE : Digits.DATE;
          default -> Digits.NONE;
        });
  }

  private static Optional<Digits> digits(String valueType) {
    if (TIMES_OF_DAY.contains(valueType)) {
      return Optional.of(Digits.NONE);
    }
    if (INSTANTS.contains(valueType)) {
      return Optional.of(Digits.SIX);
    }
    return DATES.contains(valueType) ? Optional.of(Digits.DATE) : Optional.empty();
  }

  /** Whether the code is of the {@code @Temporal}'s kind: {@code DATE} or {@code LOCAL_DATE}. */
  private static boolean sameKind(int code, String temporal) {
    return NAMES.get(exportedAs(code)).equals(temporal);
  }

  /** The kind the field's {@code @Temporal} gives, if it has one: DATE, TIME or TIMESTAMP. */
  private static Optional<String> temporalKind(Element field) {
    return JpaAnnotations.find(field, "Temporal")
        .flatMap(temporal -> AnnotationMirrors.enumConstant(temporal, "value"));
  }

  // @Temporal and @Convert together with a time code Strata did not measure
  private static boolean temporalAndConverted(Element field) {
    return JpaAnnotations.has(field, "Temporal") && JpaAnnotations.has(field, "Convert");
  }

  /**
   * The value the code applies to: the database side of the converter the field's own
   * {@code @Convert} names, else the field's value; empty under a {@code @Convert} that names none
   * Strata reads.
   */
  private static Optional<TypeMirror> codedValue(Element field) {
    if (JpaAnnotations.has(field, "Convert")) {
      return converterSide(field);
    }
    return valueType(field);
  }

  private static Optional<TypeMirror> converterSide(Element field) {
    return JpaAnnotations.all(field, "Convert").stream()
        .filter(convert -> ConvertPaths.path(convert).isEmpty())
        .filter(convert -> !AnnotationMirrors.bool(convert, "disableConversion", false))
        .findFirst()
        .flatMap(convert -> AnnotationMirrors.value(convert, "converter"))
        .flatMap(ConverterSides::classOf)
        .flatMap(ConverterSides::databaseSide);
  }

  private static Optional<Integer> code(Element field) {
    return AnnotationMirrors.find(field, JsonColumns.JDBC_TYPE_CODE)
        .map(annotation -> AnnotationMirrors.integer(annotation, "value", 0))
        .filter(NAMES::containsKey);
  }

  /** The code whose column Hibernate exports for {@code code}: itself but for a java.time one. */
  private static int exportedAs(int code) {
    return EXPORTED_AS.getOrDefault(code, code);
  }

  private static boolean temporal(TypeMirror type) {
    String name = JpaTypes.name(type);
    return TIMES_OF_DAY.contains(name) || INSTANTS.contains(name) || DATES.contains(name);
  }

  /** The field's value: its type, or an element collection's element. */
  static Optional<TypeMirror> valueType(Element field) {
    if (!JpaAnnotations.has(field, "ElementCollection")) {
      return Optional.of(field.asType());
    }
    return field.asType() instanceof DeclaredType declared
            && declared.getTypeArguments().size() == 1
        ? Optional.of(declared.getTypeArguments().get(0))
        : Optional.empty();
  }
}
