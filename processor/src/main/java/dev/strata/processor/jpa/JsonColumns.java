package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * Hibernate's {@code @JdbcTypeCode(SqlTypes.JSON)}: a field of any type (a {@code Map}, a {@code
 * List}, a record, a {@code String}) stored as one JSON column, which Hibernate 7 declares {@code
 * json} on H2 and MariaDB (where MariaDB makes it a {@code longtext} checked by {@code json_valid})
 * and {@code jsonb} on PostgreSQL. Strata's portable type for it is {@code JSON}.
 */
final class JsonColumns {

  static final String JDBC_TYPE_CODE = "org.hibernate.annotations.JdbcTypeCode";

  /** {@code org.hibernate.type.SqlTypes.JSON}. */
  private static final int SQL_TYPES_JSON = 3001;

  private JsonColumns() {}

  /** Whether the field is stored as JSON. */
  static boolean json(Element field) {
    return AnnotationMirrors.find(field, JDBC_TYPE_CODE)
        .filter(code -> AnnotationMirrors.integer(code, "value", 0) == SQL_TYPES_JSON)
        .isPresent();
  }

  /**
   * Whether the field's {@code @JdbcTypeCode}, if any, is one Strata realises; reports it if not.
   */
  static boolean supported(Element field, MappingReport report) {
    Optional<AnnotationMirror> code = AnnotationMirrors.find(field, JDBC_TYPE_CODE);
    if (code.isEmpty()
        || json(field)
        || TimeTypeCodes.realised(field)
        || TextualUuids.realised(field)) {
      return true;
    }
    report.unsupported(
        TimeTypeCodes.refusal(field)
            .orElseGet(
                () ->
                    JpaMessages.unsupported(
                        "@JdbcTypeCode other than SqlTypes.JSON, a date, time or timestamp code"
                            + " on a date, time or timestamp value, and SqlTypes.CHAR or VARCHAR"
                            + " on a UUID")),
        field,
        code.get());
    return false;
  }
}
