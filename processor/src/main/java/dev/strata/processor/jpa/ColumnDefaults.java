package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.VariableElement;

/**
 * A column's default, from Hibernate's {@code @ColumnDefault("0")}: an SQL expression that
 * Hibernate writes into its DDL as it is ({@code stock integer default 0 not null}), and so does
 * Strata, which also fills the rows of a table the column is added to with it.
 */
final class ColumnDefaults {

  private static final String COLUMN_DEFAULT = "org.hibernate.annotations.ColumnDefault";

  private ColumnDefaults() {}

  static Optional<String> of(VariableElement field) {
    return AnnotationMirrors.find(field, COLUMN_DEFAULT)
        .map(annotation -> AnnotationMirrors.string(annotation, "value", ""))
        .filter(value -> !value.isBlank());
  }
}
