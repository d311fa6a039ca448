package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The sizes a time or timestamp column takes as Hibernate 7 reads them (measured on H2, PostgreSQL
 * and MariaDB): the digits of a second of {@code @Column(secondPrecision)} or Hibernate's
 * {@code @FractionalSeconds}, which wins over it ({@code TIMESTAMP(3)}, {@code TIME(2) WITH TIME
 * ZONE}); more than 6 of them MySQL and MariaDB refuse, more than 9 H2, where PostgreSQL keeps 6 of
 * any number. A {@code precision} or a {@code scale} alone changes nothing, and both together
 * Hibernate's H2 and PostgreSQL dialects refuse, where its MySQL and MariaDB ones ignore them.
 */
final class TemporalColumns {

  private static final String FRACTIONAL_SECONDS = "org.hibernate.annotations.FractionalSeconds";
  // the digits of a second MySQL and MariaDB keep at most
  private static final int MYSQL_DIGITS = 6;
  // and H2 (PostgreSQL takes more, and keeps 6)
  private static final int H2_DIGITS = 9;

  // the types Hibernate gives the digits of a second, with or without theirs: TIME(6) of a time
  // code on a LocalDateTime, TIMESTAMP(0) WITH TIME ZONE of one on a LocalTime
  private static final Pattern FRACTIONAL =
      Pattern.compile("(TIME|TIMESTAMP)(?:\\(\\d\\))?( WITH TIME ZONE)?");

  private final boolean scaleRefused;
  private final boolean mysql;
  private final boolean h2;
  private final TimeTypeCodes codes;

  /**
   * @param targets the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  TemporalColumns(Set<String> targets) {
    Set<String> databases = TargetDatabases.of(targets);
    this.scaleRefused = databases.contains("h2") || databases.contains("postgresql");
    this.mysql = TargetDatabases.includesMySql(targets);
    this.h2 = databases.contains("h2");
    this.codes = new TimeTypeCodes(targets);
  }

  /**
   * Reports what a target refuses of a field's time or timestamp column: a time
   * {@code @JdbcTypeCode} it refuses ({@link TimeTypeCodes}), more digits of a second than it
   * keeps, and {@code @Column(precision, scale)} on a column (or an array's element) that is a time
   * or a timestamp, on which Hibernate refuses to start on H2 and PostgreSQL; a {@code
   * columnDefinition} it takes, as Hibernate does.
   */
  void check(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      MappingReport report) {
    codesAndDigits(field, sqlType, column, report);
    if (!scaleRefused || column.isEmpty() || !timeOrTimestamp(sqlType)) {
      return;
    }
    AnnotationMirror given = column.get();
    if (AnnotationMirrors.integer(given, "precision", 0) > 0
        && AnnotationMirrors.integer(given, "scale", 0) > 0
        && AnnotationMirrors.string(given, "columnDefinition", "").isEmpty()) {
      report.unsupported(TypeMessages.temporalScale(field), field, given);
    }
  }

  /**
   * Reports, on an element collection's values of a time or timestamp type {@code sqlType}, what
   * {@link #check} reports on a field but the scale, which Hibernate ignores there; and warns of a
   * {@code @FractionalSeconds}, which Hibernate ignores there too (measured: {@code timestamp(6)}
   * and {@code time(0)} whatever its value).
   */
  void checkValues(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      MappingReport report) {
    codesAndDigits(field, sqlType, column, report);
    AnnotationMirrors.find(field, FRACTIONAL_SECONDS)
        .ifPresent(
            ignored ->
                report.ignoredByHibernate(
                    TypeMessages.fractionalSecondsOnValues(
                        field, AnnotationMirrors.integer(ignored, "value", 0)),
                    field,
                    ignored));
  }

  /** A time type code a target refuses, and more digits of a second than it keeps. */
  private void codesAndDigits(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      MappingReport report) {
    codes.check(field, report);
    if (FRACTIONAL.matcher(sqlType).matches()) {
      tooManyDigits(field, column, report);
    }
  }

  private void tooManyDigits(
      VariableElement field, Optional<AnnotationMirror> column, MappingReport report) {
    Optional<AnnotationMirror> fractional = fractionalSeconds(field);
    OptionalInt digits = secondDigits(field, column);
    if (digits.isEmpty()) {
      return;
    }
    AnnotationMirror annotation = fractional.or(() -> column).orElseThrow();
    if (mysql && digits.getAsInt() > MYSQL_DIGITS) {
      report.unsupported(
          TypeMessages.tooManySecondDigitsForMySql(field, digits.getAsInt()), field, annotation);
    } else if (h2 && digits.getAsInt() > H2_DIGITS) {
      report.unsupported(
          TypeMessages.tooManySecondDigitsForH2(field, digits.getAsInt()), field, annotation);
    }
  }

  /**
   * The type of a time or timestamp with the digits of a second its field gives, {@code
   * TIMESTAMP(3)} of {@code TIMESTAMP}; any other type, an array's included, as it is, as Hibernate
   * keeps an array's elements at their default.
   */
  static String withSecondDigits(
      String sqlType, VariableElement field, Optional<AnnotationMirror> column) {
    OptionalInt digits = secondDigits(field, column);
    Matcher fractional = FRACTIONAL.matcher(sqlType);
    if (digits.isEmpty() || !fractional.matches()) {
      return sqlType;
    }
    return fractional.group(1)
        + "("
        + digits.getAsInt()
        + ")"
        + (fractional.group(2) == null ? "" : fractional.group(2));
  }

  /**
   * The digits of a second of Hibernate's {@code @FractionalSeconds} on the field, else of {@code
   * column}'s {@code secondPrecision}, if either gives them; a {@code @FractionalSeconds} on an
   * element collection Hibernate ignores (measured), and both on a time code's converted value.
   */
  private static OptionalInt secondDigits(
      VariableElement field, Optional<AnnotationMirror> column) {
    if (TimeTypeCodes.converted(field)) {
      // measured: timestamp(6) for a converter's LocalDateTime under secondPrecision = 3
      return OptionalInt.empty();
    }
    Optional<AnnotationMirror> fractional = fractionalSeconds(field);
    if (fractional.isPresent()) {
      return OptionalInt.of(AnnotationMirrors.integer(fractional.get(), "value", 0));
    }
    int given = column.map(c -> AnnotationMirrors.integer(c, "secondPrecision", -1)).orElse(-1);
    return given < 0 ? OptionalInt.empty() : OptionalInt.of(given);
  }

  /** The field's {@code @FractionalSeconds}, unless on an element collection, which ignores it. */
  private static Optional<AnnotationMirror> fractionalSeconds(VariableElement field) {
    return AnnotationMirrors.find(field, FRACTIONAL_SECONDS)
        .filter(annotation -> !JpaAnnotations.has(field, "ElementCollection"));
  }

  /** Whether a portable type, or its array's element, is a time of day or a timestamp. */
  private static boolean timeOrTimestamp(String sqlType) {
    // TIME(0), TIME WITH TIME ZONE, TIMESTAMP, TIMESTAMP WITH TIME ZONE, and arrays of them
    return sqlType.startsWith("TIME");
  }
}
