package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * The sizes {@code @Column} gives a time or timestamp column as Hibernate 7 reads them: a {@code
 * precision} or a {@code scale} alone changes nothing, and both together Hibernate's H2 and
 * PostgreSQL dialects refuse (measured), where its MySQL and MariaDB ones ignore them.
 */
final class TemporalColumns {

  private final boolean scaleRefused;

  /**
   * @param targets the databases the module runs on ({@code -Astrata.targets} and {@code
   *     -Astrata.dialect}); H2, the default, when they name none
   */
  TemporalColumns(Set<String> targets) {
    Set<String> databases = TargetDatabases.of(targets);
    this.scaleRefused = databases.contains("h2") || databases.contains("postgresql");
  }

  /**
   * Reports {@code @Column(precision, scale)} on a field whose column (or whose array's element) is
   * a time or a timestamp, on which Hibernate refuses to start on H2 and PostgreSQL; a {@code
   * columnDefinition} it takes, as Hibernate does.
   */
  void check(
      VariableElement field,
      String sqlType,
      Optional<AnnotationMirror> column,
      MappingReport report) {
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

  /** Whether a portable type, or its array's element, is a time of day or a timestamp. */
  private static boolean timeOrTimestamp(String sqlType) {
    // TIME(0), TIME WITH TIME ZONE, TIMESTAMP, TIMESTAMP WITH TIME ZONE, and arrays of them
    return sqlType.startsWith("TIME");
  }
}
