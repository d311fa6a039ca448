package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The sizes of a floating point or decimal column that Hibernate 7 or a target database refuses
 * (measured on H2, PostgreSQL and MariaDB): a scale on a {@code double} or {@code float}, on which
 * Hibernate does not start anywhere (an SQL array's on H2 and PostgreSQL; MariaDB's json takes it);
 * more decimal digits than a double's 53 binary ones hold, whose {@code float(54)} every database
 * refuses; a {@code numeric} wider than MariaDB's 65 digits, with a scale over its 38 or over its
 * precision, wider than PostgreSQL's 1000, or than H2's 100000 ({@code Precision ("100001") must be
 * between "1" and "100000" inclusive}, measured on H2 2.5).
 */
final class NumericColumns {

  private static final int DOUBLE_BITS = 53;
  private static final int MYSQL_PRECISION = 65;
  private static final int MYSQL_SCALE = 38;
  private static final int POSTGRES_PRECISION = 1000;
  private static final int H2_PRECISION = 100_000;
  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

  private final Set<String> databases;

  /**
   * @param targets the databases the module runs on; H2, the default, when they name none
   */
  NumericColumns(Set<String> targets) {
    this.databases = TargetDatabases.of(targets);
  }

  /**
   * Reports the sizes of {@code column} or of a Bean Validation {@code digits} that Hibernate or a
   * target refuses on a value of type {@code sqlType}, sized as {@code sizedType}.
   */
  void check(
      VariableElement field,
      String sqlType,
      String sizedType,
      Optional<AnnotationMirror> column,
      Optional<AnnotationMirror> digits,
      MappingReport report) {
    boolean array = BasicArrays.isArrayType(sqlType);
    String element = array ? sqlType.substring(0, sqlType.lastIndexOf(" ARRAY")) : sqlType;
    if (JpaTypes.floating(element)) {
      checkFloating(field, array, column, digits, report);
    }
    Matcher decimal = DECIMAL.matcher(sizedType);
    if (decimal.matches()) {
      checkDecimal(
          field,
          Integer.parseInt(decimal.group(1)),
          Integer.parseInt(decimal.group(2)),
          digits.or(() -> column),
          report);
    }
  }

  private void checkFloating(
      VariableElement field,
      boolean array,
      Optional<AnnotationMirror> column,
      Optional<AnnotationMirror> digits,
      MappingReport report) {
    boolean arrayRefused = databases.contains("h2") || databases.contains("postgresql");
    if (column.isPresent()
        && AnnotationMirrors.integer(column.get(), "precision", 0) > 0
        && AnnotationMirrors.integer(column.get(), "scale", 0) > 0
        && (!array || arrayRefused)) {
      report.unsupported(TypeMessages.floatingScale(field), field, column.get());
      return;
    }
    // the precision Hibernate reads: @Digits' integer and fraction, else @Column's
    int precision =
        digits
            .map(
                d ->
                    AnnotationMirrors.integer(d, "integer", 0)
                        + AnnotationMirrors.integer(d, "fraction", 0))
            .orElseGet(
                () -> column.map(c -> AnnotationMirrors.integer(c, "precision", 0)).orElse(0));
    int bits = (int) Math.ceil(precision / Math.log10(2));
    if (!array && bits > DOUBLE_BITS) {
      report.unsupported(
          TypeMessages.floatingPrecision(field, precision, bits),
          field,
          digits.or(() -> column).orElseThrow());
    }
  }

  private void checkDecimal(
      VariableElement field,
      int precision,
      int scale,
      Optional<AnnotationMirror> annotation,
      MappingReport report) {
    Optional<String> refusal = Optional.empty();
    if (TargetDatabases.includesMySql(databases)) {
      if (precision > MYSQL_PRECISION) {
        refusal = Optional.of("MySQL and MariaDB refuse more than 65 digits");
      } else if (scale > MYSQL_SCALE) {
        refusal = Optional.of("MySQL and MariaDB refuse a scale over 38");
      } else if (scale > precision) {
        refusal = Optional.of("MySQL and MariaDB refuse a scale over the precision");
      }
    }
    if (refusal.isEmpty() && databases.contains("postgresql") && precision > POSTGRES_PRECISION) {
      refusal = Optional.of("PostgreSQL refuses more than 1000 digits");
    }
    if (refusal.isEmpty() && databases.contains("h2") && precision > H2_PRECISION) {
      refusal = Optional.of("H2 refuses more than 100000 digits");
    }
    if (refusal.isPresent() && annotation.isPresent()) {
      report.unsupported(
          TypeMessages.decimalRefused(field, precision, scale, refusal.get()),
          field,
          annotation.get());
    }
  }
}
