package dev.strata.processor;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @View.Dialect} as found in {@code @View(dialects = ...)}, with the annotation that
 * diagnostics point at.
 *
 * @param database the {@code database} value
 * @param sql the {@code sql} value's text
 * @param annotation the {@code @View.Dialect} annotation
 */
public record DeclaredDialect(String database, String sql, AnnotationMirror annotation) {

  /** The {@code sql} value, which a diagnostic on the query points at. */
  public AnnotationValue sqlValue() {
    return AnnotationMirrors.value(annotation, "sql").orElse(null);
  }

  /** The {@code database} value, which a diagnostic on the database points at. */
  public AnnotationValue databaseValue() {
    return AnnotationMirrors.value(annotation, "database").orElse(null);
  }
}
